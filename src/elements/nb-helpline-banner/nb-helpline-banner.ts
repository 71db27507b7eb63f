import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  abroadNote,
  allDay,
  bankHolidayCredit,
  bankHolidayNote,
  bankHolidayToday,
  bothTimes,
  callNumber,
  closedNoHours,
  defaultHelpline,
  dismissLabel,
  freephone,
  helplineLabel,
  helplineOrg,
  hoursLine,
  openAllDay,
  openUntil,
  opensAgainOn,
  opensAgainTomorrow,
  opensOn,
  opensToday,
  opensTomorrow,
  range,
  ukTime,
} from '../../content/helpline.js';
import {
  isUnset,
  mapped,
  oneOf,
  type AttributeRule,
  type Resolved,
} from '../../internal/attributes.js';
import { NbElement } from '../../common/nb-element.js';
import { creditsStyles, renderCredits } from '../../common/credits.js';
import { readStored, writeStored } from '../../internal/storage.js';
import { themeStyles } from '../../internal/theme.styles.js';
import {
  isIsoDate,
  isoDateIn,
  isValidTimeZone,
  readerTimeZone,
  zonedParts,
  zonedTimeToInstant,
} from '../../internal/time.js';
import { warnInvalidEntries } from '../../internal/warn.js';
import { bidiText, isolate, ltr } from '../../locale/bidi.js';
import { formatClockTime, formatDayName, formatWeekday } from '../../locale/format.js';
import {
  BANK_HOLIDAY_SETTINGS,
  bankHolidaySource,
  type BankHolidayRegion,
  type BankHolidaySetting,
} from './bank-holiday-data.js';
import { bankHolidays } from './bank-holidays.js';
import { helplineBannerStyles } from './nb-helpline-banner.styles.js';
import {
  openStateAt,
  parseOpeningHours,
  type OpenState,
  type WeekSchedule,
} from './opening-hours.js';
import { parsePhoneNumber, type PhoneNumber } from './phone.js';

const UK = 'Europe/London';
const defaultFacts = defaultHelpline.facts.join(' ');
const UK_ZONES = new Set([UK, 'Europe/Belfast', 'GB', 'GB-Eire']);
/** setTimeout cannot wait longer than this; a longer wait is simply re-armed on wake. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export type Dismissible = '' | 'remember';

export interface HelplineCallDetail {
  /** The `tel:` URI that was activated. */
  tel: string;
  /** The number as shown. */
  number: string;
}

export interface DismissDetail {
  /** Whether the dismissal is stored for later visits (`dismissible="remember"`). */
  remember: boolean;
}

const DEFAULT_PHONE = parsePhoneNumber(defaultHelpline.number)!;
const DEFAULT_SCHEDULE = parseOpeningHours(defaultHelpline.hours)!;

/** The banner's attributes, each parsed once per change (src/internal/attributes.ts). */
const attributes = {
  /** Who answers; unset or only spaces (warned about) is the default line's name. */
  org: {
    attribute: 'org',
    property: 'org',
    parse: (raw, warn) => {
      const org = typeof raw === 'string' ? raw.trim() : '';
      if (raw && !org) warn(`using "${helplineOrg.text()}"`);
      return org || undefined;
    },
  } satisfies AttributeRule<NbHelplineBanner, string | undefined>,
  phone: {
    attribute: 'number',
    property: 'number',
    parse: (raw, warn) => {
      if (raw == null || raw === '') return DEFAULT_PHONE;
      const parsed = parsePhoneNumber(String(raw));
      if (!parsed) warn(`using ${defaultHelpline.number}`);
      return parsed ?? DEFAULT_PHONE;
    },
  } satisfies AttributeRule<NbHelplineBanner, PhoneNumber>,
  schedule: {
    attribute: 'hours',
    property: 'hours',
    parse: (raw, warn) => {
      if (isUnset(raw)) return DEFAULT_SCHEDULE;
      const parsed = parseOpeningHours(String(raw).trim());
      if (!parsed) warn(`using "${defaultHelpline.hours}"`);
      return parsed ?? DEFAULT_SCHEDULE;
    },
  } satisfies AttributeRule<NbHelplineBanner, WeekSchedule>,
  closed: {
    attribute: 'closed-dates',
    property: 'closedDates',
    parse: (raw, _warn, el) => {
      const dates = new Set<string>();
      const unknown: string[] = [];
      for (const token of String(raw ?? '').split(/[\s,]+/)) {
        if (!token) continue;
        if (isIsoDate(token)) dates.add(token);
        else unknown.push(token);
      }
      warnInvalidEntries(
        el.localName,
        'closed-dates',
        unknown,
        'expected dates like 2026-12-25; those entries are skipped',
      );
      return dates;
    },
  } satisfies AttributeRule<NbHelplineBanner, Set<string>>,
  /** The bank holidays the line may close on; `none` is undefined. */
  region: mapped(
    oneOf<NbHelplineBanner, BankHolidaySetting>(
      'bank-holidays',
      'bankHolidays',
      BANK_HOLIDAY_SETTINGS,
      'england-and-wales',
    ),
    (setting): BankHolidayRegion | undefined => (setting === 'none' ? undefined : setting),
  ),
  /** No hide button (`null`), hide for this visit (`''`), or `remember`. */
  dismissible: {
    attribute: 'dismissible',
    property: 'dismissible',
    parse: (raw, warn) => {
      // As for any boolean attribute, presence counts: the property `true` and the text "true"
      // (how some frameworks write `true`) are plain `dismissible`; `false` is absent.
      if (raw == null || raw === false) return null;
      if (raw === true || raw === 'true' || raw === '' || raw === 'remember')
        return raw === 'remember' ? raw : '';
      warn('using ""');
      return '';
    },
  } satisfies AttributeRule<NbHelplineBanner, Dismissible | null>,
};

/**
 * A helpline banner: who to call, whether the line is usually open now (in UK time, correct
 * across clock changes, wherever the reader is), when it next opens, and a `tel:` link.
 * Defaults to the Cancer Research UK nurses (facts S19, H01, H02).
 *
 * It knows the UK bank holidays (GOV.UK's published lists, fact H03; England and Wales unless
 * `bank-holidays` says otherwise). On a bank holiday it never says "usually open now": it says
 * the line may be closed today and when it usually opens next, skipping bank holidays and
 * `closed-dates`. Near the hours it says the line may be closed on bank holidays, with a link
 * crediting the list to GOV.UK.
 *
 * @tagname nb-helpline-banner
 * @summary Nurse helpline with live "usually open now" status.
 *
 * @slot - Fallback content (e.g. the number as a plain link), shown before the element upgrades
 *   or when scripts are blocked; hidden once the banner renders.
 *
 * @event nb-helpline-call - The reader activated the call link. `detail: { tel, number }`.
 * @event nb-dismiss - The reader pressed the hide button. Cancelable: `preventDefault()` keeps
 *   the banner. `detail: { remember }`.
 *
 * @csspart banner - The banner box.
 * @csspart status - The "usually open now" / "closed" line (a polite live region).
 * @csspart call - The call link.
 * @csspart hours - The opening hours line.
 * @csspart abroad - The note for readers outside the UK.
 * @csspart bank-holidays - The "may be closed on bank holidays" note and its GOV.UK credit link.
 * @csspart dismiss - The hide button (only with `dismissible`).
 * @csspart source - The credits footer: Cancer Research UK with its review dates (default
 *   helpline only), Ofcom (with the note for readers abroad), then the care-team line.
 * @csspart credit - One origin's credit line in the footer (`data-origin` says which).
 * @csspart sign-off - Your own clinical check (with `reviewed-by` and `reviewed-on`).
 * @csspart care-team - The line saying this does not replace the care team's advice.
 * @csspart review-notice - The "overdue for review" notice in the footer (default helpline only).
 * @csspart locale-note - The "translation not yet checked" note.
 *
 * @cssprop --nb-color-open - Colour of the "open" dot.
 * @cssprop --nb-helpline-border-color - Banner border colour (defaults to the accent).
 */
export class NbHelplineBanner extends NbElement {
  static override styles = [themeStyles, creditsStyles, helplineBannerStyles];
  /** @internal Its parsed attributes (src/internal/attributes.ts), for the base class and the tests. */
  static override attributeTable = attributes;

  /**
   * Who answers.
   * @default Cancer Research UK nurses
   */
  @property() org: string | null = null;

  /**
   * Phone number as written for readers, e.g. `0808 800 4040`. UK national numbers get `+44` in the link.
   * @default 0808 800 4040
   */
  @property() number: string | null = null;

  /**
   * Opening hours in UK time, OpenStreetMap syntax subset: `Mo-Fr 09:00-17:00; Sa 10:00-13:00`.
   * @default Mo-Fr 09:00-17:00
   */
  @property() hours: string | null = null;

  /**
   * Extra dates the line is closed (ISO `YYYY-MM-DD`, space or comma separated), e.g. a staff
   * training day. UK bank holidays need not be listed: see `bank-holidays`.
   */
  @property({ attribute: 'closed-dates' }) closedDates: string | null = null;

  /**
   * Which UK bank holidays the line may close on: `england-and-wales` (default), `scotland`,
   * `northern-ireland`, or `none` (no bank-holiday note; the hours apply every week). The lists
   * are GOV.UK's, computed from the rules plus GOV.UK's published one-off days.
   */
  @property({ attribute: 'bank-holidays' }) bankHolidays: BankHolidaySetting | null = null;

  /**
   * Shows a hide button. `remember` also keeps it hidden on later visits (local storage). As for
   * any boolean attribute, presence is what counts: `dismissible="true"` (how some frameworks
   * write `true`) is plain `dismissible`; the property also takes `true` and `false` (absent).
   */
  @property() dismissible: Dismissible | boolean | null = null;

  /** The reader's IANA time zone; defaults to the browser's. Settable for tests and previews. */
  @property({ attribute: false }) readerTimeZone: string = readerTimeZone();

  @state() private dismissed = false;
  /** Prerendered, it shows only the hours: the status needs the reader's clock. */
  protected override rendersAfterHydration = true;
  private timer: ReturnType<typeof setTimeout> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.dismissible === 'remember' && readStored(this.storageKey) === 'dismissed') {
      this.dismissed = true;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  private get attrs(): Resolved<typeof attributes> {
    return this.parsed<typeof attributes>();
  }

  private get phone(): PhoneNumber {
    return this.attrs.phone;
  }

  private get usesDefaultHelpline(): boolean {
    return !this.attrs.org && this.phone.tel === DEFAULT_PHONE.tel;
  }

  /** Bank holidays of this year and next (enough for the opening search's one-year look-ahead). */
  private holidaysFrom(now: Date, region: BankHolidayRegion | undefined): Set<string> {
    if (!region) return new Set();
    const year = zonedParts(now, UK).year;
    return new Set([...bankHolidays(year, region), ...bankHolidays(year + 1, region)]);
  }

  private get readerZone(): string {
    return isValidTimeZone(this.readerTimeZone) ? this.readerTimeZone : UK;
  }

  private get storageKey(): string {
    return `nb-helpline-dismissed:${this.phone.tel}`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('dismissed')) this.hidden = this.dismissed;
  }

  /**
   * One timer to the next opening, closing or UK midnight (a new day may be a bank holiday, or
   * stop being one), so the status stays true on a page left open.
   */
  private scheduleRefresh(state: OpenState, now: Date): void {
    clearTimeout(this.timer);
    if (!this.isConnected) return;
    const today = zonedParts(now, UK);
    const midnight = zonedTimeToInstant(today.year, today.month, today.day + 1, 0, UK);
    const change = state.open ? state.closesAt : state.opensAt;
    const next = change && change < midnight ? change : midnight;
    const wait = Math.min(MAX_TIMER_MS, Math.max(0, next.getTime() - now.getTime()) + 50);
    this.timer = setTimeout(() => this.requestUpdate(), wait);
  }

  private formatTime(instant: Date, timeZone: string): string {
    return isolate(formatClockTime(instant, this.renderedLocale, timeZone));
  }

  /** "5 pm UK time", plus the reader's own clock when it shows something else. */
  private describeTime(instant: Date): string {
    const uk = this.formatTime(instant, UK);
    const local = this.formatTime(instant, this.readerZone);
    return local === uk ? ukTime.text(uk) : bothTimes.text(uk, local);
  }

  /** The UK day of `instant`: a weekday name, or with `withDate` also its date ("Tuesday 29 December"). */
  private formatDay(instant: Date, withDate = false): string {
    return formatDayName(instant, this.renderedLocale, UK, withDate);
  }

  private describeState(state: OpenState, now: Date, bankHoliday: boolean): string {
    if (state.open && state.closesAt) return openUntil.text(this.describeTime(state.closesAt));
    if (state.open) return openAllDay.text();
    if (!state.opensAt) return bankHoliday ? bankHolidayToday.text() : closedNoHours.text();
    const time = this.describeTime(state.opensAt);
    const today = isoDateIn(now, UK);
    const tomorrow = new Date(`${today}T12:00:00Z`);
    tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
    const opensDay = isoDateIn(state.opensAt, UK);
    const isTomorrow = opensDay === tomorrow.toISOString().slice(0, 10);
    if (bankHoliday) {
      const next = isTomorrow
        ? opensAgainTomorrow.text(time)
        : opensAgainOn.text(this.formatDay(state.opensAt, true), time);
      return `${bankHolidayToday.text()} ${next}`;
    }
    if (opensDay === today) return opensToday.text(time);
    if (isTomorrow) return opensTomorrow.text(time);
    return opensOn.text(this.formatDay(state.opensAt), time);
  }

  /** "Monday to Friday, 9 am to 5 pm (UK time)", one line per run of days with equal hours. */
  private describeHours(week: WeekSchedule): string[] {
    const locale = this.renderedLocale;
    const dayName = (d: number) => formatWeekday(d, locale);
    const clock = (m: number) => this.formatTime(new Date(Date.UTC(2024, 0, 1, 0, m)), 'UTC');
    const times = (d: number) =>
      new Intl.ListFormat(locale, { type: 'conjunction' }).format(
        (week[d] ?? []).map((i) =>
          i.start === 0 && i.end === 1440
            ? allDay.text()
            : range.text(clock(i.start), clock(i.end)),
        ),
      );
    const lines: string[] = [];
    for (let d = 0; d < 7;) {
      const key = JSON.stringify(week[d]);
      let end = d;
      while (end + 1 < 7 && JSON.stringify(week[end + 1]) === key) end++;
      if ((week[d] ?? []).length > 0) {
        const days = end === d ? dayName(d) : range.text(dayName(d), dayName(end));
        lines.push(hoursLine.text(days, times(d)));
      }
      d = end + 1;
    }
    return lines;
  }

  private onCall(): void {
    this.emit<HelplineCallDetail>('nb-helpline-call', {
      tel: this.phone.tel,
      number: this.phone.display,
    });
  }

  private onDismiss(): void {
    const remember = this.attrs.dismissible === 'remember';
    if (!this.emit<DismissDetail>('nb-dismiss', { remember }, true)) return;
    if (remember) writeStored(this.storageKey, 'dismissed');
    this.dismissed = true;
  }

  /** "May be closed on bank holidays" (H01) and the credit for the list (H03, GOV.UK). */
  /** H01 (the page's own line and hours) only for the default line; a partner's line is theirs. */
  private lineFacts(extra?: 'H03'): string {
    return [...(this.usesDefaultHelpline ? ['H01'] : []), ...(extra ? [extra] : [])].join(' ');
  }

  private renderBankHolidayNote(): TemplateResult {
    return html`<p
      class="hours bank-holidays"
      part="bank-holidays"
      data-facts=${this.lineFacts('H03')}
    >
      ${bankHolidayNote.text()}
      <a class="credit" href=${bankHolidaySource.url}>${bankHolidayCredit.text()}</a>
    </p>`;
  }

  protected override render(): TemplateResult | typeof nothing {
    // Server-rendered (and hydrating): only what is true at any time and for any reader: the
    // hours, not "open now", which the browser fills in once it has hydrated.
    const timeless = this.hydrating;
    if (this.dismissed && !timeless) return nothing;
    const { dismissible, region, schedule, closed, org } = this.attrs;
    const canDismiss = dismissible !== null;
    const now = this.now();
    const phone = this.phone;
    const holidays = this.holidaysFrom(now, region);
    const bankHoliday = holidays.has(isoDateIn(now, UK));
    // Bank holidays are skipped like closed dates: never "open now" on one, never its next opening.
    const state = openStateAt(now, schedule, new Set([...closed, ...holidays]), UK);
    if (!timeless) this.scheduleRefresh(state, now);
    const abroad = !timeless && phone.ukFreephone && !UK_ZONES.has(this.readerZone);
    return html`<section
      class="nb-root banner ${canDismiss ? '' : 'not-dismissible'}"
      part="banner"
      lang=${this.rootLang}
      dir=${this.rootDir}
      aria-label=${helplineLabel.text()}
      data-facts=${this.usesDefaultHelpline ? defaultFacts : nothing}
    >
      <p class="org">${org ?? helplineOrg.text()}</p>
      <p
        class="status"
        part="status"
        role="status"
        data-open=${timeless ? nothing : String(state.open)}
        data-facts=${this.lineFacts(bankHoliday && !timeless ? 'H03' : undefined)}
      >
        ${timeless ? '' : bidiText(this.describeState(state, now, bankHoliday))}
      </p>
      <p>
        <a class="call" part="call" href="tel:${phone.tel}" @click=${this.onCall}>
          <span>${bidiText(callNumber.text(ltr(phone.display)))}</span>
          ${phone.ukFreephone ? html`<span class="free">(${freephone.text()})</span>` : nothing}
        </a>
      </p>
      ${this.describeHours(schedule).map((line) => html`<p class="hours" part="hours">${bidiText(line)}</p>`)}
      ${region ? this.renderBankHolidayNote() : nothing}
      ${abroad ? html`<p class="abroad" part="abroad" data-facts=${abroadNote.facts.join(' ')}>${abroadNote.text()}</p>` : nothing}
      ${renderCredits({
        // The default line is the page's (S19, H01); a partner's own line is theirs: no credit.
        facts: [
          ...(this.usesDefaultHelpline ? defaultHelpline.facts : []),
          ...(abroad ? abroadNote.facts : []),
          // The bank-holiday list (H03) is GOV.UK's; H01 is credited only with the default line.
          ...(region ? (['H03'] as const) : []),
        ],
        now,
        locale: this.renderedLocale,
        signOff: this.signOff,
      })}
      ${this.renderLocaleNote()}
      ${
        canDismiss
          ? html`<button
              class="dismiss"
              part="dismiss"
              type="button"
              aria-label=${dismissLabel.text()}
              @click=${this.onDismiss}
            >
              <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                <path
                  d="M3 3l10 10M13 3L3 13"
                  stroke="currentColor"
                  stroke-width="2"
                  stroke-linecap="round"
                />
              </svg>
            </button>`
          : nothing
      }
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nb-helpline-banner': NbHelplineBanner;
  }
  /** The element's events, so `addEventListener('nb-…', (e) => e.detail…)` is typed. */
  interface HTMLElementEventMap {
    'nb-helpline-call': CustomEvent<HelplineCallDetail>;
    'nb-dismiss': CustomEvent<DismissDetail>;
  }
}

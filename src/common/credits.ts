import { css, html, nothing, type TemplateResult } from 'lit';
import {
  GOV_UK_BANK_HOLIDAYS,
  govUkCredit,
  OFCOM,
  ofcomCredit,
  overdueButChecked,
  overdueCheckLapsed,
  partnerCheck,
  partnerCheckDue,
  popupCareTeam,
  referenceNote,
  referencesCredit,
  referencesUnnamed,
  registryCredit,
} from '../content/credits.js';
import { originsOf } from '../content/origins.js';
import {
  attribution,
  dueSoonNotice,
  lastReviewed,
  nextReview,
  overdueNotice,
  reviewStatus,
  sourceLinkText,
  sourcePage,
} from '../content/source.js';
import { careTeamNote } from '../content/care-team.js';
import { formatCalendarDate } from '../locale/format.js';
import type { FactId, GlossaryEntry, Origin, Reference, ReviewStatus } from '../content/types.js';
import { signOffLapsed, type PartnerSignOff } from '../internal/sign-off.js';

/** A glossary word's reference, with the word it explains (named when one reference has many pages). */
export interface ShownReference {
  readonly term: string;
  readonly reference: Reference;
}

/** The references of the given glossary entries (those that record one). */
export function referencesOf(
  entries: readonly Pick<GlossaryEntry, 'name' | 'reference'>[],
): ShownReference[] {
  return entries.flatMap((e) => (e.reference ? [{ term: e.name(), reference: e.reference }] : []));
}

/** What the credits need to know about the units an element rendered. */
export interface CreditsInput {
  /** The fact IDs of every unit the element rendered (its `[data-facts]`). */
  readonly facts: Iterable<FactId>;
  readonly now: Date;
  readonly locale: string;
  /** The partner's own check (`reviewed-by` / `reviewed-on` / `review-due`). */
  readonly signOff?: PartnerSignOff;
  /** When the registry records shown were read, `YYYY-MM` (the latest, if several). */
  readonly registryChecked?: string;
  /**
   * Links to the registry records the element mentions (`renderRecordLinks`). Leave out where
   * each trial already links its own records (the trial list): the credit is then one short line.
   */
  readonly recordLinks?: TemplateResult;
  /**
   * The footer's links to the references of the glossary words shown (D and reference-origin G
   * facts; `renderReferenceLinks`). Without them the credit names no reference.
   */
  readonly referenceLinks?: TemplateResult;
  /** The pop-up note's reference (`renderCreditNote` names the first). */
  readonly references?: readonly ShownReference[];
  /** `false` leaves out the care-team line (the card shows its own, outside the footer). */
  readonly careTeam?: boolean;
}

/** Stands in for a linked name inside a translated sentence, which is then split around it. */
const SLOT = '\uE000';

/** `text` with SLOT replaced by `content` (a link): the translation decides where it goes. */
function around(text: string, content: unknown): TemplateResult {
  const at = text.indexOf(SLOT);
  if (at < 0) return html`${text}`;
  return html`${text.slice(0, at)}${content}${text.slice(at + SLOT.length)}`;
}

export function link(url: string, label: string): TemplateResult {
  return html`<a href=${url} lang="en" rel="noopener noreferrer">${label}</a>`;
}

/** The notice for the source page's review state; nothing while current. */
function renderReviewNotice(
  status: ReviewStatus,
  input: CreditsInput,
): TemplateResult | typeof nothing {
  if (status === 'current') return nothing;
  let text = dueSoonNotice.text();
  if (status === 'overdue') {
    const signOff = input.signOff;
    const on = signOff && formatCalendarDate(signOff.on, input.locale);
    text = !signOff
      ? overdueNotice.text()
      : signOffLapsed(signOff, input.now)
        ? overdueCheckLapsed.text(signOff.by, on!)
        : overdueButChecked.text(signOff.by, on!);
  }
  return html`<p class="nb-review-notice" part="review-notice" data-facts="S21">${text}</p>`;
}

function renderSignOff(input: CreditsInput): TemplateResult | typeof nothing {
  const signOff = input.signOff;
  if (!signOff) return nothing;
  const on = formatCalendarDate(signOff.on, input.locale);
  const text = signOff.due
    ? partnerCheckDue.text(signOff.by, on, formatCalendarDate(signOff.due, input.locale))
    : partnerCheck.text(signOff.by, on);
  return html`<p
    class="nb-sign-off"
    part="sign-off"
    data-lapsed=${String(signOffLapsed(signOff, input.now))}
  >
    ${text}
  </p>`;
}

function renderSourcePageCredit(locale: string): TemplateResult {
  return html`<p class="nb-source-credit" part="credit" data-origin="source-page">
      ${attribution.text()}.
      <a href=${sourcePage.url} lang="en-GB" hreflang="en-GB">${sourceLinkText.text()}</a>
    </p>
    <p class="nb-source-dates">
      <span>${lastReviewed.text(formatCalendarDate(sourcePage.lastReviewed, locale))}</span>
      <span>${nextReview.text(formatCalendarDate(sourcePage.nextReviewDue, locale))}</span>
    </p>`;
}

function renderRegistryCredit(input: CreditsInput): TemplateResult {
  const month = formatCalendarDate(input.registryChecked ?? '', input.locale);
  return html`<div class="nb-credit" part="credit" data-origin="registry">
    <p>${registryCredit.text(month)}</p>
    ${input.recordLinks ?? nothing}
  </div>`;
}

function renderReferenceCredit(input: CreditsInput): TemplateResult {
  return html`<p class="nb-credit" part="credit" data-origin="reference">
    ${
      input.referenceLinks
        ? around(referencesCredit.text(SLOT), input.referenceLinks)
        : referencesUnnamed.text()
    }
  </p>`;
}

function renderOtherCredit(origin: 'ofcom' | 'gov-uk'): TemplateResult {
  const body = origin === 'ofcom' ? OFCOM : GOV_UK_BANK_HOLIDAYS;
  const unit = origin === 'ofcom' ? ofcomCredit : govUkCredit;
  return html`<p class="nb-credit" part="credit" data-origin=${origin}>
    ${around(unit.text(SLOT), link(body.url, body.name))}
  </p>`;
}

function renderCareTeam(text: unknown): TemplateResult {
  return html`<p class="nb-care-team" part="care-team">${text}</p>`;
}

/**
 * The footer every element ends with (PIF TICK, NHS pattern): a credit for each origin of the
 * facts it rendered and only those — the Cancer Research UK page with its link, review dates
 * and overdue notice (only when it shows facts from that page), the trial registries with the
 * month they were read, the references the word explanations were checked against, Ofcom,
 * GOV.UK — then the partner's own sign-off and the care-team line.
 */
export function renderCredits(input: CreditsInput): TemplateResult {
  const origins = originsOf(input.facts);
  const fromPage = origins.includes('source-page');
  const status = fromPage ? reviewStatus(input.now) : undefined;
  return html`<footer
    class="nb-source"
    part="source"
    data-origins=${origins.join(' ')}
    data-review-status=${status ?? nothing}
  >
    ${origins.map((origin) => renderOrigin(origin, input))} ${renderSignOff(input)}
    ${status ? renderReviewNotice(status, input) : nothing}
    ${input.careTeam === false ? nothing : renderCareTeam(careTeamNote.text())}
  </footer>`;
}

function renderOrigin(origin: Origin, input: CreditsInput): TemplateResult {
  switch (origin) {
    case 'source-page':
      return renderSourcePageCredit(input.locale);
    case 'registry':
      return renderRegistryCredit(input);
    case 'reference':
      return renderReferenceCredit(input);
    default:
      return renderOtherCredit(origin);
  }
}

/**
 * The same, small enough for a pop-up: one short line per origin (the reference's name as a
 * link and when it was checked; for a word from the page, the Cancer Research UK credit without
 * dates or notice: the pop-up says nothing the page's review covers beyond that word), the
 * partner's sign-off if set, and a short care-team line.
 */
export function renderCreditNote(input: CreditsInput): TemplateResult {
  const origins = originsOf(input.facts);
  const reference = input.references?.[0]?.reference;
  return html`<div class="nb-source" part="source" data-origins=${origins.join(' ')}>
    ${origins.map((origin) => {
      if (origin === 'source-page')
        return html`<p class="nb-source-credit" part="credit" data-origin="source-page">
          <a href=${sourcePage.url} lang="en-GB" hreflang="en-GB">${attribution.text()}</a>
        </p>`;
      if (origin === 'reference')
        return html`<p class="nb-credit" part="credit" data-origin="reference">
          ${
            reference
              ? around(
                  referenceNote.text(
                    SLOT,
                    formatCalendarDate(reference.accessed.slice(0, 7), input.locale),
                  ),
                  // Plain text in the popup (the glossary footer links each reference): a second
                  // link in the popup stalled keyboard and hover runs in Chromium and Firefox.
                  reference.name,
                )
              : referencesUnnamed.text()
          }
        </p>`;
      return nothing;
    })}
    ${renderSignOff(input)} ${renderCareTeam(popupCareTeam.text())}
  </div>`;
}

export const creditsStyles = css`
  .nb-source {
    margin-top: calc(var(--_space) * 0.75);
    font-size: 0.875em;
    color: var(--_muted);
  }
  .nb-source p {
    margin: 0.25em 0;
  }
  .nb-source-dates {
    display: flex;
    flex-wrap: wrap;
    column-gap: 1.5em;
  }
  /* The care-team line is for families, not fine print: body colour. */
  .nb-care-team {
    color: var(--_fg);
  }
  .nb-credit-links {
    display: flex;
    flex-wrap: wrap;
    column-gap: 1em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .nb-review-notice {
    color: var(--_notice-fg);
    background: var(--_notice-bg);
    border-inline-start: 4px solid currentColor;
    padding: 0.5em 0.75em;
    font-size: max(1rem, 16px);
  }
  @media (forced-colors: active) {
    .nb-review-notice {
      border: 1px solid CanvasText;
      border-inline-start-width: 4px;
    }
  }
`;

import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { callNumber, defaultHelpline } from '../../content/helpline.js';
import { contentChecked, contentMeta, contentVersion, reviewerLine } from '../../content/meta.js';
import type { FactId } from '../../content/types.js';
import { trialRecordsFor } from '../../content/trial-records.js';
import {
  riskGroupLabels,
  sectionUnits,
  situationLabels,
  trialsTeaser,
} from '../../content/treatment.js';
import { cardTitle, feedbackLink, trialsLink } from '../../content/treatment-card-ui.js';
import { NbElement } from '../../common/nb-element.js';
import { creditsStyles, renderCredits } from '../../common/credits.js';
import { heading } from '../../common/heading.js';
import { renderRecordLinks } from '../../common/record-links.js';
import { themeStyles } from '../../internal/theme.styles.js';
import {
  isUnset,
  mapped,
  oneOf,
  type AttributeRule,
  type Resolved,
} from '../../internal/attributes.js';
import { link } from '../../internal/link-attribute.js';
import { headingLevel, headingLevelBelow } from '../../internal/heading-level.js';
import { warnInvalidEntries } from '../../internal/warn.js';
import { bidiText, ltr } from '../../locale/bidi.js';
import { formatCalendarDate } from '../../locale/format.js';
import { treatmentCardStyles } from './nb-treatment-card.styles.js';
import {
  parseSectionList,
  RISK_GROUPS,
  SITUATIONS,
  type RiskGroup,
  type Situation,
} from './options.js';
import { cardSections, SECTION_IDS, type CardSection, type CardUnit } from './sections.js';
import { careTeamNote } from '../../content/care-team.js';

export interface SectionToggleDetail {
  /** The section's id, as used in the `sections` attribute. */
  section: string;
  /** Whether the section is now open. */
  open: boolean;
}

/** The card's attributes, each parsed once per change (src/internal/attributes.ts). */
const attributes = {
  /** The risk group shown; unset or `all` is undefined (every group). */
  riskGroup: mapped(
    oneOf<NbTreatmentCard, RiskGroup | 'all'>(
      'risk-group',
      'riskGroup',
      [...RISK_GROUPS, 'all'],
      'all',
    ),
    (group) => (group === 'all' ? undefined : group),
  ),
  /** The situation shown; unset or `both` is undefined (both). */
  situation: mapped(
    oneOf<NbTreatmentCard, Situation | 'both'>(
      'situation',
      'situation',
      [...SITUATIONS, 'both'],
      'both',
    ),
    (s) => (s === 'both' ? undefined : s),
  ),
  level: headingLevel<NbTreatmentCard>('headingLevel'),
  sections: {
    attribute: 'sections',
    property: 'sections',
    parse: (raw, warn, el) => {
      if (isUnset(raw)) return SECTION_IDS;
      const { ids, unknown } = parseSectionList(String(raw), SECTION_IDS);
      const known = `known sections: ${SECTION_IDS.join(', ')}`;
      warnInvalidEntries(
        el.localName,
        'sections',
        unknown,
        `${known}; unknown entries are skipped`,
      );
      if (ids.length > 0) return ids;
      // Nothing usable was asked for: show everything rather than an empty box.
      warn(`${known}; showing every section`);
      return SECTION_IDS;
    },
  } satisfies AttributeRule<NbTreatmentCard, readonly string[]>,
  trialsHref: link<NbTreatmentCard>('trials-href', 'trialsHref', 'the link is left out'),
  feedbackHref: link<NbTreatmentCard>('feedback-href', 'feedbackHref', 'the link is left out'),
};

/**
 * Treatment for neuroblastoma that has not gone away (refractory) or has come back (relapsed):
 * what the words mean, what the treatment depends on, the options for the child's risk group,
 * further treatments, clinical trials, who to talk to, the helpline, and the sources with their
 * review dates. Facts S01–S21; every piece of text carries its fact IDs in `data-facts`, and the
 * footer credits the origin of each fact shown. Its glossary words take its `theme`.
 *
 * @tagname nb-treatment-card
 * @summary Plain-language treatment overview for relapsed or refractory neuroblastoma.
 *
 * @slot - Fallback content (a link to the source page and the helpline number), shown before the
 *   element upgrades or when scripts are blocked; hidden once the card renders.
 *
 * @event nb-section-toggle - The reader opened or closed a section (only with `collapsed`).
 *   `detail: { section, open }`.
 *
 * @csspart card - The card's outer box.
 * @csspart heading - The card's own heading.
 * @csspart filter - Under the heading, the risk group and situation the card is narrowed to.
 * @csspart section - Each section (a `<details>` element with `collapsed`).
 * @csspart summary - The clickable summary of a collapsed section.
 * @csspart section-heading - Each section's heading.
 * @csspart group - A block under a sub-heading inside a section (each risk group in the options).
 * @csspart group-heading - The sub-heading of such a block.
 * @csspart trials-link - The link to a list of clinical trials (with `trials-href`).
 * @csspart call - The helpline's call link.
 * @csspart care-team - The note that the card does not replace the care team's advice.
 * @csspart feedback - The "Was this helpful?" link (with `feedback-href`).
 * @csspart source - The credits footer: Cancer Research UK with its review dates, and the trial
 *   registries (with the records the card mentions) when it names trials.
 * @csspart credit - One origin's credit line in the footer (`data-origin` says which).
 * @csspart sign-off - Your own clinical check (with `reviewed-by` and `reviewed-on`).
 * @csspart meta - Content version, when it was last checked against the source, and its reviewer.
 * @csspart review-notice - The "overdue for review" notice in the footer.
 * @csspart locale-note - The "translation not yet checked" note.
 */
export class NbTreatmentCard extends NbElement {
  static override styles = [themeStyles, creditsStyles, treatmentCardStyles];
  /** @internal Its parsed attributes (src/internal/attributes.ts), for the base class and the tests. */
  static override attributeTable = attributes;

  /** The child's first risk group: `low`, `intermediate` or `high`. Unset (or `all`) shows every group. */
  @property({ attribute: 'risk-group', reflect: true }) riskGroup: RiskGroup | 'all' | null = null;

  /** `relapsed` (came back) or `refractory` (did not go away). Unset (or `both`) shows both. */
  @property({ reflect: true }) situation: Situation | 'both' | null = null;

  /**
   * Level of the card's own heading (2–6) so it fits the host page's outline; sections sit one level below.
   * @type {2 | 3 | 4 | 5 | 6}
   * @default 2
   */
  @property({ attribute: 'heading-level' }) headingLevel: string | number | null = null;

  /** Space-separated ids of the sections to show, e.g. `meaning options helpline`. Unset shows all. */
  @property() sections: string | null = null;

  /** Each section becomes a closed disclosure the reader opens. Nothing is remembered. */
  @property({ type: Boolean, reflect: true }) collapsed = false;

  /** Where "find a clinical trial" points: an `<nb-trial-list>` page of your own (`https:` or relative). */
  @property({ attribute: 'trials-href' }) trialsHref: string | null = null;

  /** Your own feedback form (`https:` or relative); shows a "Was this helpful? Tell us" link. */
  @property({ attribute: 'feedback-href' }) feedbackHref: string | null = null;

  /** Open state last reported per disclosure, so print expansion never fires events. */
  private readonly reported = new WeakMap<HTMLDetailsElement, boolean>();
  private printExpanded: HTMLDetailsElement[] = [];
  private printing = false;
  private listeners: AbortController | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.listeners = new AbortController();
    const { signal } = this.listeners;
    window.addEventListener('beforeprint', () => this.expandForPrint(), { signal });
    window.addEventListener('afterprint', () => this.restoreAfterPrint(), { signal });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.listeners?.abort();
    this.restoreAfterPrint();
  }

  private get attrs(): Resolved<typeof attributes> {
    return this.parsed<typeof attributes>();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.shareTheme(this.renderRoot.querySelectorAll('nb-drug-term'));
  }

  private expandForPrint(): void {
    if (this.printing) return;
    this.printing = true;
    this.printExpanded = [...this.renderRoot.querySelectorAll('details')].filter((d) => !d.open);
    for (const d of this.printExpanded) d.open = true;
  }

  private restoreAfterPrint(): void {
    if (!this.printing) return;
    for (const d of this.printExpanded) d.open = false;
    this.printExpanded = [];
    this.printing = false;
  }

  private onToggle(event: Event): void {
    const details = event.currentTarget as HTMLDetailsElement;
    const was = this.reported.get(details) ?? false;
    // Print expansion (and its undoing) is not the reader's doing: report only real changes.
    if (this.printing || details.open === was) return;
    this.reported.set(details, details.open);
    this.emit<SectionToggleDetail>('nb-section-toggle', {
      section: details.dataset.section ?? '',
      open: details.open,
    });
  }

  private renderUnit(unit: CardUnit): TemplateResult {
    const facts = unit.facts.join(' ');
    const text = unit.text(this.renderedLocale, this.now());
    return unit.kind === 'block'
      ? html`<div class="block" data-facts=${facts} data-unit=${unit.id}>${text}</div>`
      : html`<p data-facts=${facts} data-unit=${unit.id}>${text}</p>`;
  }

  /** Units before the first sub-heading, then one group per sub-heading with what follows it. */
  private renderSectionBody(section: CardSection, units: CardUnit[]): TemplateResult {
    const lead: CardUnit[] = [];
    const groups: { heading: CardUnit; units: CardUnit[] }[] = [];
    for (const unit of units) {
      if (unit.kind === 'subheading') groups.push({ heading: unit, units: [] });
      else (groups.at(-1)?.units ?? lead).push(unit);
    }
    const level = headingLevelBelow(this.attrs.level, 2);
    return html`<div class="section-body">
      ${lead.map((unit) => this.renderUnit(unit))}
      ${groups.map(
        (group) =>
          html`<div class="group" part="group" data-group=${group.heading.id}>
            ${heading(
              level,
              {
                class: 'group-heading',
                part: 'group-heading',
                facts: group.heading.facts.join(' '),
                unit: group.heading.id,
              },
              group.heading.text(this.renderedLocale, this.now()),
            )}
            ${group.units.map((unit) => this.renderUnit(unit))}
          </div>`,
      )}
      ${section.id === 'find-trial' ? this.renderTrialsLink() : nothing}
      ${section.id === 'helpline' ? this.renderCallLink() : nothing}
    </div>`;
  }

  private renderTrialsLink(): TemplateResult | typeof nothing {
    const href = this.attrs.trialsHref?.href;
    if (!href) return nothing;
    return html`<p>${trialsTeaser.text()}</p>
      <p><a part="trials-link" href=${href}>${trialsLink.text()}</a></p>`;
  }

  /** Under the title, whom the card has been narrowed to ("High risk · Refractory: …"). */
  private renderFilterNote(): TemplateResult | typeof nothing {
    const { riskGroup, situation } = this.attrs;
    const labels = [
      riskGroup && riskGroupLabels[riskGroup].text(),
      situation && situationLabels[situation].text(),
    ].filter(Boolean);
    if (labels.length === 0) return nothing;
    return html`<p class="filter" part="filter">${labels.join(' · ')}</p>`;
  }

  private renderCallLink(): TemplateResult {
    const digits = defaultHelpline.number.replace(/\D/g, '');
    return html`<p>
      <a class="call" part="call" href="tel:+44${digits.slice(1)}"
        >${bidiText(callNumber.text(ltr(defaultHelpline.number)))}</a
      >
    </p>`;
  }

  private renderContentMeta(): TemplateResult {
    const checked = formatCalendarDate(contentMeta.checkedAgainstSource, this.renderedLocale);
    return html`<p class="meta" part="meta">
      <span>${contentVersion.text(contentMeta.version)}</span>
      <span>${contentChecked.text(checked)}</span>
      <span>${reviewerLine()}</span>
    </p>`;
  }

  /** Credits for exactly the facts the shown units state (with the records of trials they name). */
  private renderCredits(facts: readonly FactId[]): TemplateResult {
    const { records, checked } = trialRecordsFor(facts);
    return renderCredits({
      facts: [...facts, ...careTeamNote.facts],
      now: this.now(),
      locale: this.renderedLocale,
      signOff: this.signOff,
      recordLinks: renderRecordLinks(records),
      registryChecked: checked,
      careTeam: false,
    });
  }

  private renderSection(section: CardSection, units: CardUnit[]): TemplateResult {
    const level = headingLevelBelow(this.attrs.level, 1);
    const title = heading(
      level,
      { class: 'section-heading', part: 'section-heading' },
      section.heading.text(),
    );
    if (this.collapsed) {
      return html`<details
        class="section"
        part="section"
        data-section=${section.id}
        @toggle=${this.onToggle}
      >
        <summary part="summary">${title}</summary>
        ${this.renderSectionBody(section, units)}
      </details>`;
    }
    return html`<section class="section" part="section" data-section=${section.id}>
      ${title} ${this.renderSectionBody(section, units)}
    </section>`;
  }

  protected override render(): TemplateResult {
    const { riskGroup, situation, sections, level, feedbackHref } = this.attrs;
    // One slot per card section, always in the same order (`nothing` where one is not shown),
    // so each section keeps its own DOM (an open <details> stays open, with the same element)
    // when the `sections` or filter attributes show or hide others: what Lit's keyed `repeat`
    // did, without its 0.6 KB gzip.
    const shown = cardSections.map((section) => ({
      section,
      units: sections.includes(section.id) ? sectionUnits(section, riskGroup, situation) : [],
    }));
    return html`<article
      class="nb-root card"
      part="card"
      lang=${this.rootLang}
      dir=${this.rootDir}
      aria-labelledby="nb-card-title"
      data-risk-group=${riskGroup ?? 'all'}
      data-situation=${situation ?? 'both'}
    >
      ${heading(level, { class: 'heading', part: 'heading', id: 'nb-card-title' }, cardTitle.text())}
      ${this.renderFilterNote()}
      ${shown.map((s) =>
        // A section left empty by the risk-group and situation filters is not shown at all.
        s.units.length ? this.renderSection(s.section, s.units) : nothing,
      )}
      <p class="care-team" part="care-team" data-facts=${careTeamNote.facts.join(' ')}>
        ${careTeamNote.text()}
      </p>
      ${
        feedbackHref
          ? html`<p class="feedback">
              <a part="feedback" href=${feedbackHref.href}>${feedbackLink.text()}</a>
            </p>`
          : nothing
      }
      ${this.renderCredits(shown.flatMap((s) => s.units.flatMap((u) => u.facts)))}
      ${this.renderContentMeta()} ${this.renderLocaleNote()}
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nb-treatment-card': NbTreatmentCard;
  }
  /** The element's events, so `addEventListener('nb-…', (e) => e.detail…)` is typed. */
  interface HTMLElementEventMap {
    'nb-section-toggle': CustomEvent<SectionToggleDetail>;
  }
}

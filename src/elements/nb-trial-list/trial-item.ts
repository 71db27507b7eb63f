import { html, nothing, type TemplateResult } from 'lit';
import { glossaryEntry } from '../../content/glossary.js';
import {
  liveRecordUpdated,
  liveStatusFrom,
  phaseLabel,
  sponsorLabel,
  statusFieldLabel,
  treatmentsLabel,
} from '../../content/trial-list.js';
import {
  checkRecord,
  mayHaveChanged,
  statusWhenChecked,
  trialStatusView,
} from '../../content/trial-freshness.js';
import { registryLabel, registryLinkLabel } from '../../content/registry-labels.js';
import { newerThanSourceLabel, statusChecked, statusLabel } from '../../content/trial-status.js';
import type { Trial } from '../../content/types.js';
import { bidiText, ltr } from '../../locale/bidi.js';
import { heading } from '../../common/heading.js';
import type { HeadingLevel } from '../../internal/heading-level.js';
import { formatCalendarDate } from '../../locale/format.js';
import { safeRegistryLink } from './links.js';
import { shownStatus, ukDay, type ShownTrial } from './shown-trials.js';

// One trial of <nb-trial-list> as a template: its heading, summary, status with its date,
// treatments, phase, sponsor and registry links. The element decides which trials and where.

/**
 * The status with its date. A live answer shows today's date; a bundled status that can still
 * change and is over six months old reads as true "when checked", with where to check today's.
 */
function renderStatus(shown: ShownTrial, locale: string, now: Date): TemplateResult {
  const status = shownStatus(shown);
  if (shown.live) {
    const today = formatCalendarDate(ukDay(now), locale);
    const updated = shown.live.lastUpdate;
    // The fact sheet's note explains the bundled status; a different live status outdates it.
    const note = status === shown.trial.status ? shown.trial.statusNote?.() : undefined;
    return html`<span class="status-word" data-status=${status}>${statusLabel(status)}</span>
      <span class="checked" data-live="true">${liveStatusFrom.text(today)}</span>
      ${
        updated
          ? html`<span class="checked"
              >${liveRecordUpdated.text(formatCalendarDate(updated, locale))}</span
            >`
          : nothing
      }
      ${note ? html`<span class="status-note">${note}</span>` : nothing}`;
  }
  const view = trialStatusView(shown.trial, now, locale);
  const link = safeRegistryLink(view.recordUrl, shown.feedOrigin);
  const note = view.note ? html`<span class="status-note">${view.note}</span>` : nothing;
  if (view.stale && status !== 'unknown') {
    return html`<span class="status-word" data-status=${status} data-stale="true"
        >${statusWhenChecked.text(view.word, view.checked)}</span
      >
      <span class="stale" part="stale"
        >${mayHaveChanged.text()}
        ${link ? html`<a href=${link} rel="noopener noreferrer">${checkRecord.text()}</a>` : checkRecord.text()}</span
      >
      ${note}`;
  }
  return html`<span class="status-word" data-status=${status}>${view.word}</span> ${
      view.checked
        ? html`<span class="checked" data-live="false">${statusChecked.text(view.checked)}</span>`
        : nothing
    }
    ${note}`;
}

function renderTreatments(trial: Trial): TemplateResult[] {
  return trial.treatments.map((key, i) => {
    // The glossary's name for a key it knows (not for one it only resolves as an alias).
    const entry = glossaryEntry(key);
    const name = entry?.key === key ? entry.name() : undefined;
    const sep = i > 0 ? ', ' : '';
    return name
      ? html`${sep}<nb-drug-term term=${key}>${name}</nb-drug-term>`
      : html`${sep}<span>${key}</span>`;
  });
}

function renderRegistryIds(shown: ShownTrial): TemplateResult {
  return html`<ul class="registry-ids">
    ${shown.trial.registryIds.map((r) => {
      const href = safeRegistryLink(r.url, shown.feedOrigin);
      const label = bidiText(registryLinkLabel.text(ltr(r.registry), ltr(r.id)));
      return html`<li>
        ${href ? html`<a href=${href} rel="noopener noreferrer">${label}</a>` : label}
      </li>`;
    })}
  </ul>`;
}

/** One trial as a list item, its name a heading at `level`. */
export function renderTrial(
  shown: ShownTrial,
  level: HeadingLevel,
  locale: string,
  now: Date,
): TemplateResult {
  const { trial } = shown;
  const headingId = `trial-${trial.id}`;
  return html`<li
    class="trial"
    part="trial"
    data-trial=${trial.id}
    data-facts=${trial.facts.length ? trial.facts.join(' ') : nothing}
  >
    <article aria-labelledby=${headingId}>
      ${heading(level, { class: 'h', id: headingId }, trial.name)}
      ${
        trial.newerThanSource
          ? html`<p class="newer" part="newer">${newerThanSourceLabel.text()}</p>`
          : nothing
      }
      <p class="summary">${trial.summary()}</p>
      <dl>
        <div class="row status" part="status">
          <dt>${statusFieldLabel.text()}</dt>
          <dd>${renderStatus(shown, locale, now)}</dd>
        </div>
        ${
          trial.treatments.length
            ? html`<div class="row">
                <dt>${treatmentsLabel.text()}</dt>
                <dd>${renderTreatments(trial)}</dd>
              </div>`
            : nothing
        }
        ${
          trial.phase
            ? html`<div class="row">
                <dt>${phaseLabel.text()}</dt>
                <dd>${trial.phase}</dd>
              </div>`
            : nothing
        }
        <div class="row">
          <dt>${sponsorLabel.text()}</dt>
          <dd><bdi>${trial.sponsor}</bdi></dd>
        </div>
        ${
          trial.registryIds.length
            ? html`<div class="row">
                <dt>${registryLabel.text()}</dt>
                <dd>${renderRegistryIds(shown)}</dd>
              </div>`
            : nothing
        }
      </dl>
    </article>
  </li>`;
}

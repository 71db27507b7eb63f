import { html, type TemplateResult } from 'lit';
import { registryLinkLabel } from '../content/registry-labels.js';
import type { RegistryId } from '../content/types.js';

// The credits footer's links to the registry records an element names (`renderCredits`'s
// `recordLinks`). A module of its own: only the treatment card links records in its footer, so
// no other page loads it (issue #18 page budgets).

/** A list linking each record that has an address; undefined when none has. */
export function renderRecordLinks(records: readonly RegistryId[]): TemplateResult | undefined {
  const linked = records.filter((r) => r.url);
  if (!linked.length) return undefined;
  return html`<ul class="nb-credit-links">
    ${linked.map(
      (r) =>
        html`<li>
          <a href=${r.url!} rel="noopener noreferrer"
            >${registryLinkLabel.text(r.registry, r.id)}</a
          >
        </li>`,
    )}
  </ul>`;
}

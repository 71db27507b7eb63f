// The JSX typings (dist/jsx.d.ts, generated from custom-elements.json) accept what HTML accepts
// and reject what the elements would ignore with a warning. Compiled, never run:
// `tsc -p test/types` after the build. Each `@ts-expect-error` line fails the check if it compiles.
import '../../dist/index.js';

export const accepted = (
  <>
    {/* Boolean attributes: presence, `true`/`false`, or "" as in HTML. */}
    <nb-helpline-banner dismissible />
    <nb-helpline-banner dismissible={false} />
    <nb-helpline-banner dismissible="" />
    <nb-helpline-banner dismissible="remember" />
    <nb-drug-term term="topotecan" open />
    <nb-glossary-scope all-occurrences />
    <nb-glossary-scope all-occurrences="" />
    <nb-trial-list live-status live-status-endpoint="/api/trials" />
    <nb-treatment-card collapsed />
    {/* Numbers as numbers, or as their text. */}
    <nb-treatment-card heading-level={2} />
    <nb-glossary heading-level="3" />
    <nb-trial-list heading-level={4} />
    <nb-trial-list timeout="5000" />
    {/* Enumerations: each allowed value. */}
    <nb-treatment-card risk-group="high" situation="relapsed" />
    <nb-treatment-card risk-group="all" situation="both" />
    <nb-trial-list status="recruiting" sort="name" theme="auto" />
    <nb-helpline-banner bank-holidays="scotland" />
    {/* Event props get the event's detail type. */}
    <nb-helpline-banner onnb-dismiss={(e) => e.detail.remember satisfies boolean} />
    <nb-drug-term onnb-term-open={(e) => e.detail.via satisfies string} />
    <nb-trial-list onnb-trial-feed={(e) => e.detail.count satisfies number} />
  </>
);

export const rejected = (
  <>
    {/* @ts-expect-error: not a risk group */}
    <nb-treatment-card risk-group="medium" />
    {/* @ts-expect-error: not a situation */}
    <nb-treatment-card situation="relapse" />
    {/* @ts-expect-error: heading levels are 2–6 */}
    <nb-glossary heading-level={7} />
    {/* @ts-expect-error: not a heading level */}
    <nb-trial-list heading-level="two" />
    {/* @ts-expect-error: a boolean attribute takes no other words */}
    <nb-trial-list live-status="yes" />
    {/* @ts-expect-error: a boolean attribute takes no other words */}
    <nb-glossary-scope all-occurrences="all" />
    {/* @ts-expect-error: not a dismissible mode */}
    <nb-helpline-banner dismissible="forever" />
    {/* @ts-expect-error: not a theme */}
    <nb-drug-term theme="blue" />
    {/* @ts-expect-error: no such detail field */}
    <nb-helpline-banner onnb-dismiss={(e) => e.detail.forever} />
  </>
);

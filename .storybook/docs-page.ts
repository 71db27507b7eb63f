// Every element's docs page: the API table is linked from the top (a tall first story would
// otherwise push it thousands of pixels down), with the snippet builder, before the examples.
// Plain createElement: the .storybook folder has no JSX set up.
import {
  Controls,
  Description,
  Markdown,
  Primary,
  Stories,
  Subtitle,
  Title,
} from '@storybook/addon-docs/blocks';
import { createElement as h, Fragment } from 'react';

const TOP_LINKS =
  '**On this page:** [every attribute, property, event, slot, part and CSS property](#api) · ' +
  '[more examples](#stories) · [build a snippet to paste](?path=/docs/docs-snippet-builder--docs)';

export function ElementDocsPage() {
  return h(
    Fragment,
    null,
    h(Title),
    h(Subtitle),
    h(Description),
    h(Markdown, null, TOP_LINKS),
    h(Primary),
    h('h2', { id: 'api' }, 'API'),
    h(Controls),
    h(Stories),
  );
}

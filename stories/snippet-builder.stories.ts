import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { elementTags } from '../src/internal/tags.js';
import { defineSnippetBuilder } from './snippet-builder/snippet-builder.js';

defineSnippetBuilder();

/**
 * The snippet builder of Docs › Snippet builder, as a story so the story smoke test checks it
 * with axe (right to left and at 320 px too). It has its own colours, not the widgets' tokens.
 */
const meta: Meta<{ element: string }> = {
  title: 'Examples/Snippet builder',
  parameters: {
    themes: { disable: true },
    docs: { source: { code: '<snippet-builder></snippet-builder>' } },
  },
  argTypes: {
    element: {
      control: 'select',
      options: elementTags,
    },
  },
  render: (args) => html`<snippet-builder element=${args.element}></snippet-builder>`,
};
export default meta;

type Story = StoryObj<{ element: string }>;

export const HelplineBanner: Story = { args: { element: 'nb-helpline-banner' } };

import type { StorybookConfig } from '@storybook/web-components-vite';
import { buildConstants } from '../scripts/build/lib/build-constants.mjs';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  docs: { defaultName: 'Docs' },
  // The build-time constants (VERSION from package.json), as rollup writes them into dist/.
  viteFinal: (vite) => ({ ...vite, define: { ...vite.define, ...buildConstants } }),
  // This Storybook is the product's front door: no "get started with Storybook" checklists.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
};

export default config;

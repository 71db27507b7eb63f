import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

/**
 * package.json's `sideEffects` names the registering files under dist/ only, so a production
 * bundler would drop `import '../src/elements/x/define.js'` from a story and every element would
 * stay undefined in the static Storybook. The files that register elements do have side effects.
 */
const registeringSourceFiles: Plugin = {
  name: 'nb-registering-source-files',
  enforce: 'post',
  transform(code, id) {
    if (/[\\/]src[\\/](index|elements[\\/][^\\/]+[\\/]define)\.ts$/.test(id.split('?')[0]))
      return { code, map: null, moduleSideEffects: true };
    return undefined;
  },
};

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  docs: { defaultName: 'Docs' },
  // This Storybook is the product's front door: no "get started with Storybook" checklists.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  viteFinal: (vite) => ({ ...vite, plugins: [...(vite.plugins ?? []), registeringSourceFiles] }),
};

export default config;

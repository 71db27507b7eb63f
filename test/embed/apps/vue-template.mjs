// The Vue page's template and compiler options, shared by vue-app.mjs and
// test/embed/helpers/npm-app.mjs, which compiles the template ahead of time the way
// @vitejs/plugin-vue compiles an SFC. With a precompiled template, `isCustomElement` is what
// stops Vue resolving <nb-…> tags as Vue components (Vue warns "Failed to resolve component"
// without it; the runner fails on that).
import { elements } from '../elements.mjs';

/** What a Vue project puts in `vue({ template: { compilerOptions } })` (or app.config). */
export const compilerOptions = { isCustomElement: (tag) => tag.startsWith('nb-') };

export const cases = elements.map(({ tag, framework = {} }) => ({
  tag,
  bind: { 'data-case': tag, ...framework.attributes, ...framework.properties },
  children: framework.children ?? '',
  event: framework.event?.name,
}));

export const template = `
  <main>
    <h1>Vue {{ version }}</h1>
    ${cases
      .map(
        (c, i) =>
          `<${c.tag} v-bind="cases[${i}].bind" v-html="cases[${i}].children"` +
          (c.event ? ` @${c.event}="log('${c.tag} ${c.event}')"` : '') +
          `></${c.tag}>`,
      )
      .join('\n    ')}
    <ul id="log"><li v-for="(line, i) in lines" :key="i">{{ line }}</li></ul>
  </main>`;

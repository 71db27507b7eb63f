// Vue 3 page for the embed tests, bundled by test/embed/helpers/npm-app.mjs with esbuild against
// the packed `nb-widgets` tarball. `./vue-render.mjs` is the template from vue-template.mjs compiled ahead
// of time with `isCustomElement` (as in a Vite + SFC project). Bindings on a custom element
// become DOM properties when the element has that property (so register before mounting);
// `@nb-dismiss` listens for the DOM event.
import { createApp, version } from 'vue';
import 'nb-widgets';
import { cases } from './vue-template.mjs';
import { render } from './vue-render.mjs';

const app = createApp({
  render,
  data: () => ({ cases, version, lines: [] }),
  methods: {
    log(line) {
      this.lines.push(line);
    },
  },
});
app.mount('#root');

// Vue's self-contained browser build (no bundler defines needed), typed as the package itself.
declare module 'vue/dist/vue.esm-browser.prod.js' {
  export * from 'vue';
}

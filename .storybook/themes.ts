/**
 * The Theme toolbar's palettes. Each is a set of public `--nb-*` tokens set on the story's
 * wrapper: custom properties inherit into every element's shadow root, exactly as a charity's
 * own stylesheet would theme the widgets. The Theming docs page prints the same objects.
 */
export type Palette = Record<`--${string}`, string>;

export interface StoryTheme {
  title: string;
  /** Page background behind the story, so the palette is seen as a host page would show it. */
  page: string;
  tokens: Palette;
}

export const storyThemes: Record<string, StoryTheme> = {
  light: { title: 'Light (default)', page: '#ffffff', tokens: {} },
  dark: {
    title: 'Dark',
    page: '#111114',
    tokens: {
      '--nb-color-text': '#f2f2f5',
      '--nb-color-text-muted': '#c4c4cf',
      '--nb-color-surface': '#1c1c22',
      '--nb-color-border': '#9a9aa8',
      '--nb-color-accent': '#7fd3e6',
      '--nb-color-accent-text': '#0b1d22',
      '--nb-color-link': '#8fd0ff',
      '--nb-color-focus': '#ffb86b',
      '--nb-color-notice-surface': '#3d3000',
      '--nb-color-notice-text': '#ffe9a8',
      '--nb-color-open': '#6ee7a0',
    },
  },
  'high-contrast': {
    title: 'High contrast',
    page: '#000000',
    tokens: {
      '--nb-color-text': '#ffffff',
      '--nb-color-text-muted': '#ffffff',
      '--nb-color-surface': '#000000',
      '--nb-color-border': '#ffffff',
      '--nb-color-accent': '#ffff00',
      '--nb-color-accent-text': '#000000',
      '--nb-color-link': '#ffff00',
      '--nb-color-focus': '#00ffff',
      '--nb-color-notice-surface': '#000000',
      '--nb-color-notice-text': '#ffffff',
      '--nb-color-open': '#00ff00',
    },
  },
  brand: {
    title: 'Charity brand (example)',
    page: '#f6f1fb',
    tokens: {
      '--nb-color-text': '#2a1b3d',
      '--nb-color-text-muted': '#4f4360',
      '--nb-color-surface': '#fffdf8',
      '--nb-color-border': '#6b2c91',
      '--nb-color-accent': '#6b2c91',
      '--nb-color-accent-text': '#ffffff',
      '--nb-color-link': '#5a1f80',
      '--nb-color-focus': '#c2410c',
      '--nb-color-notice-surface': '#fdf0c4',
      '--nb-color-notice-text': '#4a3500',
      '--nb-color-open': '#1f7a4d',
      '--nb-font-family': "Georgia, 'Times New Roman', serif",
      '--nb-radius': '16px',
    },
  },
};

/** CSS text for a palette as a rule a host page could paste. */
export function paletteCss(selector: string, tokens: Record<string, string>): string {
  const lines = Object.entries(tokens).map(([name, value]) => `  ${name}: ${value};`);
  return `${selector} {\n${lines.join('\n')}\n}`;
}

/**
 * One stylesheet with a rule per theme, keyed by the wrapper's data-nb-theme attribute. The
 * wrapper's own text and links (a story's light-DOM fallback, the partner page's article) use
 * the palette too, as a host page in that palette would.
 */
export function themeStylesheet(): string {
  const rules = Object.entries(storyThemes).flatMap(([key, theme]) => {
    const scope = `.nb-story[data-nb-theme='${key}']`;
    const base = paletteCss(scope, {
      ...theme.tokens,
      background: theme.page,
      'color-scheme': key === 'light' || key === 'brand' ? 'light' : 'dark',
    });
    if (!Object.keys(theme.tokens).length) return [base];
    return [
      base,
      `${scope} { color: var(--nb-color-text); font-family: var(--nb-font-family, inherit); }`,
      `${scope} a { color: var(--nb-color-link); }`,
    ];
  });
  return [
    '.nb-story { padding: 0.5rem; }',
    '.nb-story-note { margin: 0 0 1rem; padding: 0.5rem 0.75rem; border: 2px solid currentColor; font: 16px/1.5 system-ui, sans-serif; }',
    ...rules,
  ].join('\n');
}

/**
 * `data-nb-theme` value of a story that brings its own palette
 * (`parameters: { themes: { disable: true } }`): the toolbar then adds no tokens, since half a
 * toolbar palette under half a story palette would be a combination no host page uses.
 */
export const OWN_PALETTE = 'story';

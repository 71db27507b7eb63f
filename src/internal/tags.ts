/**
 * The tag of every nb- element, in alphabetical order: the one list that the server renderer
 * (src/ssr), the CDN autoloader's map (src/autoloader.ts, typed against it) and the stories use.
 * A new element adds its tag here.
 */
export const elementTags = [
  'nb-drug-term',
  'nb-glossary',
  'nb-glossary-scope',
  'nb-helpline-banner',
  'nb-treatment-card',
  'nb-trial-list',
] as const;

/** The tag of one nb- element. */
export type ElementTag = (typeof elementTags)[number];

/**
 * What a server render knows about the page around an element, since there is no DOM to ask:
 * the locale and direction our SSR functions (src/ssr/) resolved for it from its own and its
 * ancestors' `lang`/`dir` attributes or the caller's options, and the page's address (for
 * relative links). Read only where `isServer` is true.
 */
export interface ServerPage {
  /** A supported locale whose translation (and date data) has already loaded. */
  readonly locale: string;
  /** The nearest explicit `dir` around the element, if any. */
  readonly dir?: 'ltr' | 'rtl';
  /** The address the page will be served from (what `document.baseURI` will be), if known. */
  readonly baseUrl?: string;
}

let current: ServerPage | undefined;

/** The page the element being server-rendered sits in (undefined outside `withServerPage`). */
export function serverPage(): ServerPage | undefined {
  return current;
}

/** Runs a synchronous server render with `page` as the elements' surroundings. */
export function withServerPage<T>(page: ServerPage, render: () => T): T {
  const previous = current;
  current = page;
  try {
    return render();
  } finally {
    current = previous;
  }
}

// React 19 page for the embed tests, bundled by test/embed/helpers/npm-app.mjs with esbuild
// against the packed `nb-widgets` tarball (and type-checked there with tsc against its
// dist/jsx.d.ts).
// React 19 sets a prop as a DOM property when the element has it (functions, objects), as an
// attribute otherwise, and turns `onnb-dismiss` into addEventListener('nb-dismiss').
import { createElement, useState, version } from 'react';
import { createRoot } from 'react-dom/client';
import 'nb-widgets';
import { elements } from '../elements.mjs';

const mondayMorning = () => new Date('2026-01-05T10:00:00Z');

/** Never rendered: tsc checks that the JSX typings reject what the element would not accept. */
export function typeChecks() {
  return (
    <>
      {/* @ts-expect-error theme is 'light' | 'dark' | 'auto' */}
      <nb-helpline-banner theme="purple" />
      {/* @ts-expect-error now is a function returning a Date, not a string */}
      <nb-helpline-banner now="2026-01-05" />
      {/* @ts-expect-error event handlers receive an event, not a string */}
      <nb-helpline-banner onnb-dismiss="alert(1)" />
    </>
  );
}

function App() {
  const [log, setLog] = useState<string[]>([]);
  const add = (line: string) => setLog((lines) => [...lines, line]);
  return (
    <main>
      <h1>React {version}</h1>
      <section aria-label="typed JSX">
        <nb-helpline-banner
          data-case="typed"
          theme="light"
          hours="Mo-Fr 09:00-17:00"
          closed-dates="2026-12-25"
          readerTimeZone="Europe/London"
          now={mondayMorning}
          dismissible=""
          onnb-dismiss={(event: CustomEvent) =>
            add(`typed nb-dismiss remember=${String(event.detail?.remember)}`)
          }
        />
      </section>
      <section aria-label="every element">
        {elements.map(({ tag, framework = {} }) =>
          createElement(tag, {
            key: tag,
            'data-case': tag,
            ...framework.attributes,
            ...framework.properties,
            ...(framework.event
              ? { [`on${framework.event.name}`]: () => add(`${tag} ${framework.event!.name}`) }
              : {}),
            ...(framework.children
              ? { dangerouslySetInnerHTML: { __html: framework.children } }
              : {}),
          }),
        )}
      </section>
      <ul id="log">
        {log.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);

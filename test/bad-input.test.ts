import { a11yElements } from './a11y/elements.js';
import { describeBadInput } from './a11y/bad-input.js';

// The tests are declared from the elements' own attribute tables, so the elements load first.
await Promise.all(a11yElements.map((entry) => entry.define()));
for (const entry of a11yElements) describeBadInput(entry);

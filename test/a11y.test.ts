import { a11yElements } from './a11y/elements.js';
import { describeA11y } from './a11y/suite.js';

for (const entry of a11yElements) describeA11y(entry);

import { defineElement } from '../../internal/define.js';
import { NbGlossary } from './nb-glossary.js';

defineElement('nb-glossary', NbGlossary);

export { NbGlossary };

// The scope creates <nb-drug-term>s, so registering it registers them too.
import '../nb-drug-term/define.js';
import { defineElement } from '../../internal/define.js';
import { NbGlossaryScope } from './nb-glossary-scope.js';

defineElement('nb-glossary-scope', NbGlossaryScope);

export { NbGlossaryScope };

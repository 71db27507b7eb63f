import { expect } from '@open-wc/testing';
import { glossary, glossaryEntry } from '../src/content/glossary.js';

describe('content', () => {
  describe('glossary', () => {
    it('has the 21 D entries with unique keys', () => {
      expect(glossary).to.have.length(21);
      expect(new Set(glossary.map((e) => e.key)).size).to.equal(21);
    });

    const lookups: [string, string | undefined][] = [
      ['topotecan', 'topotecan'],
      ['TOPOTECAN', 'topotecan'],
      ['  Dinutuximab   Beta ', 'dinutuximab-beta'],
      ['13-cis-retinoic acid', 'isotretinoin'],
      ['131I-mIBG', 'mibg'],
      ['131-I-mIBG', 'mibg'],
      ['mIBG therapy', 'mibg'],
      ['meta-iodobenzylguanidine', 'mibg'],
      ['pegylated recombinant human arginase', 'bct-100'],
      ['monoclonal antibodies', 'monoclonal-antibody'],
      ['targeted cancer drugs', 'targeted-cancer-drug'],
      ['clinical trials', 'clinical-trial'],
      ['LY3295668 erbumine', 'ly3295668-erbumine'],
      ['topotecán', 'topotecan'],
      ['ciclofosfamida', 'cyclophosphamide'],
      ['ensayo clínico', 'clinical-trial'],
      ['erbumine', undefined],
      ['Erbumine', undefined],
      ['aspirin', undefined],
      ['', undefined],
    ];
    for (const [query, key] of lookups) {
      it(`glossaryEntry(${JSON.stringify(query)}) → ${String(key)}`, () => {
        expect(glossaryEntry(query)?.key).to.equal(key);
      });
    }
  });
});

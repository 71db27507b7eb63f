import { expect } from '@open-wc/testing';
import { allText, renderIn, shadowRoots, untilRenderedIn } from './locale-support.js';

// What a medical translator checks in the rendered widgets (issue #17, point 3): the words a
// family reads, not the XLIFF file.

/** Rendered text without the isolate characters the code puts around LTR names. */
const readable = (el: Element) => allText(el).replace(/[\u2066-\u2069]/g, '');

/** English drug names that Spanish text must not use: Spanish has official names for them. */
const ENGLISH_ONLY_NAMES =
  /\b(cyclophosphamide|topotecan|irinotecan|temozolomide|thiotepa|isotretinoin|idasanutlin)\b/i;

async function rendered(tag: string, lang: string, width?: string): Promise<HTMLElement> {
  const { wrapper, el } = await renderIn(tag, { lang });
  if (width) wrapper.style.inlineSize = width;
  await untilRenderedIn(el, lang);
  return el;
}

describe('Spanish uses the official Spanish drug names (DCI) in running text', () => {
  it('the treatment card says ciclofosfamida, topotecán, irinotecán …, never the English names', async () => {
    const text = readable(await rendered('nb-treatment-card', 'es'));
    for (const name of ['ciclofosfamida', 'topotecán', 'irinotecán', 'temozolomida', 'tiotepa']) {
      expect(text, name).to.contain(name);
    }
    expect(text).to.contain('isotretinoína');
    expect(text).to.contain('idasanutlina');
    expect(text.match(ENGLISH_ONLY_NAMES)?.[0] ?? null).to.equal(null);
  });

  it('the trial list says temozolomida, irinotecán and topotecán, never the English names', async () => {
    // Trial names are proper names, never translated: "iMATRIX (idasanutlin)" stays.
    const text = readable(await rendered('nb-trial-list', 'es')).replace(
      'iMATRIX (idasanutlin)',
      '',
    );
    for (const name of ['temozolomida', 'irinotecán', 'topotecán', 'tiotepa', 'idasanutlina']) {
      expect(text, name).to.contain(name);
    }
    expect(text.match(ENGLISH_ONLY_NAMES)?.[0] ?? null).to.equal(null);
  });

  it('the helpline is answered by "el personal de enfermería", not a gendered word', async () => {
    const text = readable(await rendered('nb-treatment-card', 'es'));
    expect(text).to.contain('personal de enfermería');
    expect(text).to.not.match(/\benfermeras?\b/i);
  });
});

describe('Arabic treatment text says what the English says', () => {
  it('bevacizumab acts on the tumour’s blood supply (not "supplies the cancer with blood")', async () => {
    const text = readable(await rendered('nb-treatment-card', 'ar'));
    expect(text).to.not.contain('يعمل على إمداد السرطان بالدم');
    expect(text).to.contain('يستهدف إمداد الورم بالدم');
    expect(text).to.contain('حين تُحرَم من هذا الإمداد بالدم');
  });

  it('there is no "standard" (not "approved") treatment, and the tumour is «منتكسًا»', async () => {
    const text = readable(await rendered('nb-treatment-card', 'ar'));
    expect(text).to.not.contain('علاج معتمد');
    expect(text).to.contain('لا يوجد علاج قياسي');
    expect(text).to.not.contain('انتكاسًا');
    expect(text).to.contain('منتكسًا');
  });
});

describe('Arabic lists use the Arabic comma', () => {
  it('the card joins a trial’s registry records with «،», not ","', async () => {
    const text = readable(await rendered('nb-treatment-card', 'ar'));
    expect(text).to.contain('في EudraCT، السجل 265974 في IRAS');
    expect(text).to.not.match(/في [A-Za-z.]+, /);
  });
});

describe('PARC’s sponsor note is translated; the names stay as written', () => {
  const expected: Record<string, string> = {
    es: 'University of Birmingham (medicamento suministrado por Bio-Cancer Treatment International)',
    cy: 'University of Birmingham (y cyffur gan Bio-Cancer Treatment International)',
    ar: 'University of Birmingham (قدّمت شركة Bio-Cancer Treatment International الدواء)',
  };
  for (const [lang, sponsor] of Object.entries(expected)) {
    it(`${lang}: the PARC card shows "${sponsor}"`, async () => {
      const text = readable(await rendered('nb-trial-list', lang));
      expect(text).to.contain(sponsor);
      expect(text).to.not.contain('drug from');
    });
  }

  it('ar: the company name is isolated, so it reads left to right inside the Arabic note', async () => {
    const el = await rendered('nb-trial-list', 'ar');
    const dd = shadowRoots(el)
      .flatMap((root) => [...root.querySelectorAll('dd')])
      .find((d) => d.textContent!.includes('Bio-Cancer'));
    expect(dd, 'PARC sponsor').to.not.equal(undefined);
    // Both names are left-to-right isolates inside the note (added by the code, not the translator).
    expect(dd!.textContent).to.contain('\u2066Bio-Cancer Treatment International\u2069');
    expect(dd!.textContent).to.contain('\u2066University of Birmingham\u2069');
  });
});

/** How many lines the text inside `node` is laid out on (distinct line tops of its glyph boxes). */
function textLines(node: Node): number {
  const range = document.createRange();
  range.selectNodeContents(node);
  const tops = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top));
  return new Set(tops).size;
}

describe('Arabic phone number on a narrow screen', () => {
  // The banner's call button wraps its number at 360 px; the card's plain link at narrower widths.
  for (const [tag, width] of [
    ['nb-helpline-banner', '360px'],
    ['nb-treatment-card', '200px'],
  ] as const) {
    it(`${tag}: the number in the call link is on one line in a ${width} column`, async () => {
      const el = await rendered(tag, 'ar', width);
      const number = el.shadowRoot!.querySelector<HTMLElement>('.call bdi[dir="ltr"]')!;
      expect(number.textContent).to.equal('0808 800 4040');
      expect(textLines(number), 'lines of the number').to.equal(1);
    });
  }
});

/** The glossary: ids are unique anchors, both languages are complete, and terms are found in prose. */
import { describe, expect, it } from 'vitest';
import { GLOSSARY, findTerms, glossaryInOrder, glossaryTerm } from '../../../src/site/glossary.ts';
import { resolveSiteLink } from '../../../src/integrations/content-links.ts';

describe('glossary data', () => {
  it('has unique kebab-case ids', () => {
    const ids = GLOSSARY.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('has every term, definition and at least one phrase in both languages', () => {
    for (const g of GLOSSARY)
      for (const lang of ['en', 'nb'] as const) {
        expect(g.term[lang].trim(), `${g.id}.term.${lang}`).not.toBe('');
        expect(g.definition[lang].trim(), `${g.id}.definition.${lang}`).not.toBe('');
        expect(g.phrases[lang].length, `${g.id}.phrases.${lang}`).toBeGreaterThan(0);
      }
  });

  it('states no percentages (definitions are general, figures come from the data)', () => {
    for (const g of GLOSSARY) for (const lang of ['en', 'nb'] as const) expect(g.definition[lang], g.id).not.toMatch(/\d\s?(%|percent|prosent)/i);
  });

  it('gives no phrase to two terms', () => {
    for (const lang of ['en', 'nb'] as const) {
      const seen = new Map<string, string>();
      for (const g of GLOSSARY)
        for (const p of g.phrases[lang]) {
          const k = p.toLowerCase();
          expect(seen.get(k), `"${p}" (${lang}) in ${g.id} and ${seen.get(k)}`).toBeUndefined();
          seen.set(k, g.id);
        }
    }
  });

  it('sorts in the reader’s alphabet and finds terms by id', () => {
    expect(glossaryInOrder('en').map((g) => g.term.en)).toEqual(
      [...GLOSSARY.map((g) => g.term.en)].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })),
    );
    expect(glossaryTerm('rct').term.en).toMatch(/Randomised controlled trial/);
    expect(() => glossaryTerm('no-such-term')).toThrow(/no term "no-such-term"/);
  });
});

describe('findTerms', () => {
  it('links the first use of each term only, preferring the longest phrase', () => {
    const used = new Set<string>();
    const parts = findTerms('Two randomised controlled trials and another RCT measured competitive employment.', 'en', used);
    expect(parts).toEqual([
      'Two ',
      { id: 'rct', text: 'randomised controlled trials' },
      ' and another RCT measured ',
      { id: 'competitive-employment', text: 'competitive employment' },
      '.',
    ]);
    expect(findTerms('A later RCT.', 'en', used)).toBeUndefined();
  });

  it('ignores case for words but not for abbreviations', () => {
    expect(findTerms('Randomised trials', 'en', new Set())).toEqual([{ id: 'rct', text: 'Randomised trials' }]);
    expect(findTerms('the nav bar and rct', 'en', new Set())).toBeUndefined();
  });

  it('matches whole words only', () => {
    expect(findTerms('subgroupings and non-fidelity', 'en', new Set())).toBeUndefined();
    expect(findTerms('fidelity-based', 'en', new Set())).toBeUndefined();
  });

  it('finds Norwegian terms in Norwegian text', () => {
    const parts = findTerms('Jobbspesialisten følger opp, og konfidensintervallet er bredt.', 'nb', new Set());
    expect(parts?.filter((p) => typeof p !== 'string')).toEqual([
      { id: 'job-specialist', text: 'Jobbspesialisten' },
      { id: 'confidence-interval', text: 'konfidensintervallet' },
    ]);
  });
});

describe('resolveSiteLink', () => {
  it('adds the base path and, on Norwegian pages, the /nb/ prefix to page links', () => {
    expect(resolveSiteLink('/trials/seed/', 'en', '/')).toBe('/trials/seed/');
    expect(resolveSiteLink('/trials/seed/', 'nb', '/')).toBe('/nb/trials/seed/');
    expect(resolveSiteLink('/sources/#source-x', 'nb', '/ips/')).toBe('/ips/nb/sources/#source-x');
    expect(resolveSiteLink('/glossary/', 'en', '/ips/')).toBe('/ips/glossary/');
  });

  it('leaves files, already-local paths and other sites alone (but for the base path)', () => {
    expect(resolveSiteLink('/data/figures.csv', 'nb', '/')).toBe('/data/figures.csv');
    expect(resolveSiteLink('/data/figures.csv', 'nb', '/ips/')).toBe('/ips/data/figures.csv');
    expect(resolveSiteLink('/nb/evidence/', 'nb', '/')).toBe('/nb/evidence/');
    expect(resolveSiteLink('https://doi.org/10.1/x', 'nb', '/')).toBe('https://doi.org/10.1/x');
    expect(resolveSiteLink('#main', 'nb', '/')).toBe('#main');
    expect(resolveSiteLink('/ips/evidence/', 'en', '/ips/')).toBe('/ips/evidence/');
  });
});

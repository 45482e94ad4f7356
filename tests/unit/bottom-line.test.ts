/**
 * The bottom-line card's content (src/site/bottom-line.ts), decided from the data alone: the words
 * must follow the evidence (a non-significant trial is "not statistically clear", a single trial is
 * never called a pooled estimate, no certainty grade is invented) and every number in it must be
 * the one the statistics compute from the data.
 */
import { describe, expect, it } from 'vitest';
import { intervalClarity, pooledBottomLine, pValueClarity, trialBottomLine } from '../../src/site/bottom-line.ts';
import { loadEvidence } from '../../src/data/load.ts';
import { figuresWhere, headlineComparisons, synthesisPool } from '../../src/data/evidence.ts';
import { formatNumber } from '../../src/i18n/format.ts';
import { LANGS } from '../../src/i18n/index.ts';
import { poolRiskRatios } from '../../src/stats/meta-analysis.ts';

const e = loadEvidence();
const SITE = 'https://example.org/ips-evidence/';

describe('clarity of a difference', () => {
  it.each([
    ['=0.015', 'clear'],
    ['<0.05', 'clear'],
    ['<=0.001', 'clear'],
    ['=0.049', 'clear'],
    ['=0.05', 'not-clear'],
    ['=0.2', 'not-clear'],
    ['>0.05', 'not-clear'],
    ['>0.01', 'unknown'],
    ['n.s.', 'unknown'],
    [undefined, 'unknown'],
  ] as const)('a published p %s is %s', (p, clarity) => {
    expect(pValueClarity(p)).toBe(clarity);
  });

  it('an interval is clear only when it excludes the value of no effect', () => {
    expect(intervalClarity(1.1, 2.3, 1)).toBe('clear');
    expect(intervalClarity(0.4, 0.9, 1)).toBe('clear');
    expect(intervalClarity(0.9, 2.3, 1)).toBe('not-clear');
    expect(intervalClarity(-3, 12, 0)).toBe('not-clear');
    expect(intervalClarity(1, 2, 1)).toBe('not-clear');
  });
});

describe('the bottom line of one trial', () => {
  const trials = headlineComparisons(e, () => true);

  it('exists, in every language, for every trial with a headline comparison', () => {
    expect(trials.length).toBeGreaterThan(20);
    for (const lang of LANGS) {
      for (const c of trials) {
        const b = trialBottomLine(e, c.study.key, lang, SITE);
        for (const field of ['question', 'answer', 'perHundred', 'effect', 'certaintyLabel', 'certainty', 'quote'] as const) {
          expect(b[field], `${c.study.key} ${lang}: ${field}`).not.toBe('');
        }
        expect(b.quote.startsWith(b.answer.replace(/\.$/, '')), `${c.study.key} ${lang}: the quote begins with the answer`).toBe(true);
        expect(b.quote, `${c.study.key} ${lang}: the quote names the site`).toContain(SITE);
        // Every figure behind the card has a source the sources list can show.
        for (const f of b.figures) expect(e.sources.has(f.source), `${f.id}: source ${f.source}`).toBe(true);
      }
    }
  });

  it('a single trial is never called a pooled estimate, and is never given a certainty grade', () => {
    for (const c of trials) {
      const b = trialBottomLine(e, c.study.key, 'en', SITE);
      expect(b.certainty, c.study.key).toMatch(/a single trial, not a pooled estimate/);
      expect(b.certaintyLabel, c.study.key).toBe('Not formally graded');
      expect(trialBottomLine(e, c.study.key, 'nb', SITE).certainty, c.study.key).toMatch(/ikke et samlet estimat/);
    }
  });

  it('reports the headline rates of each arm as the data give them', () => {
    for (const c of trials) {
      const b = trialBottomLine(e, c.study.key, 'en', SITE);
      const shown = (v: number, decimals: number) => formatNumber(v, 'en', decimals);
      const decimals = (v: number) => (Number.isInteger(v) ? 0 : String(v).split('.')[1]!.length);
      expect(b.answer, c.study.key).toContain(shown(c.intervention.value, decimals(c.intervention.value)));
      expect(b.answer, c.study.key).toContain(shown(c.control.value, decimals(c.control.value)));
    }
  });

  it('IPSinPain, whose difference was not statistically significant, reads "not statistically clear"', () => {
    const b = trialBottomLine(e, 'ipsinpain', 'en', SITE);
    expect(b.answer).toMatch(/not statistically clear/);
    expect(b.answer).not.toMatch(/(?<!not )statistically clear/);
    expect(b.certainty).toMatch(/includes no difference/);
    expect(trialBottomLine(e, 'ipsinpain', 'nb', SITE).answer).toMatch(/ikke statistisk tydelig/);
  });

  it('a trial with no headline comparison stops with a message naming it', () => {
    expect(() => trialBottomLine(e, 'no-such-trial', 'en', SITE)).toThrow(/"no-such-trial".*headline comparison/);
  });
});

describe('the bottom line of the trials together', () => {
  for (const lang of LANGS) {
    it(`${lang}: gives the pooled risk ratio the meta-analysis computes, and the published range`, () => {
      const b = pooledBottomLine(e, lang, SITE);
      const pooled = poolRiskRatios(synthesisPool(e, 'ips', lang));
      expect(pooled.k).toBeGreaterThanOrEqual(2);
      expect(b.effect).toContain(formatNumber(pooled.rr.estimate, lang, 2));
      expect(b.effect).toContain(formatNumber(pooled.rr.low, lang, 2));
      expect(b.effect).toContain(formatNumber(pooled.rr.high, lang, 2));
      if (pooled.prediction) expect(b.effect).toContain(formatNumber(pooled.prediction.high, lang, 2));
      expect(b.effect).toContain(formatNumber(pooled.participants, lang, 0));

      // The answer's range is the smallest and largest risk ratio of the published meta-analyses.
      const reviews = [...e.studies.values()].filter((s) => s.kind === 'meta-analysis').map((s) => s.key);
      const published = reviews
        .flatMap((key) => figuresWhere(e, { study: key, measure: 'risk-ratio' }))
        .filter((f) => f.group === 'ips' && f.comparator === 'control')
        .map((f) => f.value);
      expect(published.length).toBeGreaterThan(1);
      expect(b.answer).toContain(formatNumber(Math.min(...published), lang, 2));
      expect(b.answer).toContain(formatNumber(Math.max(...published), lang, 2));

      // No certainty grade is made up: the data hold none.
      expect(b.certaintyLabel).toBe(lang === 'en' ? 'Not formally graded' : 'Ikke formelt gradert');
      expect(b.quote).toContain(SITE);
      for (const f of b.figures) expect(e.sources.has(f.source), f.id).toBe(true);
    });
  }
});

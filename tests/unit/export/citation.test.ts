import { describe, expect, it } from 'vitest';
import { charts, type ChartId } from '../../../src/charts/index.ts';
import { loadEvidence } from '../../../src/data/load.ts';
import type { Source } from '../../../src/data/schemas.ts';
import { source, sourcesOf } from '../../../src/data/evidence.ts';
import {
  apaAuthor,
  apaAuthors,
  apaChart,
  apaDate,
  apaFile,
  apaSource,
  bibtexChart,
  bibtexEscape,
  bibtexFile,
  bibtexSource,
  pageRange,
  parseAuthor,
  risFile,
  risSource,
  type ChartCitation,
} from '../../../src/export/citation.ts';

const evidence = loadEvidence();
const chart: ChartCitation = {
  id: 'norway-employment',
  title: 'Competitive employment in the Norwegian IPS trial',
  siteName: 'IPS Evidence',
  version: evidence.release.version,
  date: evidence.release.date,
  url: 'https://example.org/ips/trials/norway/#chart-norway-employment',
  lang: 'en',
};
const article = (over: Partial<Source> = {}): Source => ({
  key: 'test-2020',
  kind: 'article',
  authors: ['Reme SE', 'Øverland S'],
  year: 2020,
  title: 'A trial',
  journal: 'J Test',
  volume: '1',
  issue: '2',
  pages: '3–9',
  doi: '10.1000/xyz_1',
  ...over,
});

describe('authors', () => {
  it('reads "Surname INITIALS" as printed in reference lists', () => {
    expect(parseAuthor('Reme SE')).toEqual({ family: 'Reme', initials: ['S', 'E'] });
    expect(parseAuthor('Levack WMM')).toEqual({ family: 'Levack', initials: ['W', 'M', 'M'] });
    expect(parseAuthor('Park A-L')).toEqual({ family: 'Park', initials: ['A-L'] });
    expect(parseAuthor('St-Pierre M-S')).toEqual({ family: 'St-Pierre', initials: ['M-S'] });
    expect(parseAuthor('van Busschbach J')).toEqual({ family: 'van Busschbach', initials: ['J'] });
    expect(parseAuthor('EQOLISE Group')).toEqual({ group: 'EQOLISE Group' });
  });

  it('formats one author the APA way', () => {
    expect(apaAuthor(parseAuthor('Reme SE'))).toBe('Reme, S. E.');
    expect(apaAuthor(parseAuthor('Park A-L'))).toBe('Park, A.-L.');
    expect(apaAuthor(parseAuthor('Løvvik C'))).toBe('Løvvik, C.');
    expect(apaAuthor(parseAuthor('EQOLISE Group'))).toBe('EQOLISE Group');
  });

  it('lists authors with "&" before the last, and 21 or more as 19, ellipsis, last', () => {
    expect(apaAuthors(['Reme SE'])).toBe('Reme, S. E.');
    expect(apaAuthors(['Reme SE', 'Øverland S'])).toBe('Reme, S. E., & Øverland, S.');
    expect(apaAuthors(['Bond GR', 'Drake RE', 'Becker DR'])).toBe('Bond, G. R., Drake, R. E., & Becker, D. R.');
    const many = Array.from({ length: 22 }, (_, i) => `Author${i + 1} A`);
    const list = apaAuthors(many);
    expect(list.startsWith('Author1, A., Author2, A.,')).toBe(true);
    expect(list).toContain('Author19, A., . . . Author22, A.');
    expect(list).not.toContain('Author20');
  });
});

describe('APA 7', () => {
  it('dates in English and in Norwegian', () => {
    expect(apaDate('2026-11-24')).toBe('2026, November 24');
    expect(apaDate('2026-11-24', 'nb')).toBe('2026, 24. november');
  });

  it('cites the chart with the site as author, the data version and the address', () => {
    const [y, m, d] = evidence.release.date.split('-').map(Number);
    const text = apaChart(chart);
    expect(text.startsWith(`IPS Evidence. (${y}, `)).toBe(true);
    expect(text).toContain(` ${d}). ${chart.title} (Data version ${evidence.release.version}) [Chart]. ${chart.url}`);
    expect(m).toBeGreaterThan(0);
    expect(apaChart({ ...chart, lang: 'nb', siteName: 'IPS-evidens' })).toContain('(Dataversjon ');
  });

  it('cites an article: authors, (year), title, journal, volume(issue), pages, DOI', () => {
    expect(apaSource(article())).toBe('Reme, S. E., & Øverland, S. (2020). A trial. J Test, 1(2), 3–9. https://doi.org/10.1000/xyz_1');
  });

  it('cites a page range whose end was not captured by its first page', () => {
    expect(pageRange('745–')).toEqual({ start: '745', text: '745' });
    expect(pageRange('33-41')).toEqual({ start: '33', end: '41', text: '33–41' });
    expect(pageRange('e004321')).toEqual({ start: 'e004321', text: 'e004321' });
    expect(apaSource(article({ pages: '745–' }))).toContain('1(2), 745. https://');
  });

  it('cites every source in the data from its own fields', () => {
    for (const s of evidence.sources.values()) {
      const text = apaSource(s);
      expect(text, s.key).toContain(s.title.replace(/[.?!]$/, ''));
      if (s.year) expect(text, s.key).toContain(`(${s.year}`);
      if (s.doi) expect(text, s.key).toContain(`https://doi.org/${s.doi}`);
      if (s.authors?.length) expect(text.startsWith(apaAuthor(parseAuthor(s.authors[0]!))), s.key).toBe(true);
      expect(text, s.key).not.toMatch(/\.\.(?! \.)|undefined|\(\)/);
    }
  });

  it('cites the Norwegian trial paper as published', () => {
    const s = source(evidence, 'reme-2019');
    const text = apaSource(s);
    expect(text.startsWith('Reme, S. E., Monstad, K., ')).toBe(true);
    expect(text).toContain(`(${s.year}). ${s.title}. ${s.journal}, ${s.volume}(${s.issue}), `);
  });

  it('writes a file with the chart first, then each source', () => {
    const sources = sourcesOf(evidence, charts['norway-employment'](evidence, 'en').figures);
    const lines = apaFile(chart, sources).trim().split('\n');
    expect(lines).toContain(apaChart(chart));
    for (const s of sources) expect(lines).toContain(apaSource(s));
  });
});

describe('BibTeX', () => {
  it('escapes the characters TeX treats as special', () => {
    expect(bibtexEscape('50% & $5 #1 a_b {x}')).toBe('50\\% \\& \\$5 \\#1 a\\_b \\{x\\}');
    expect(bibtexEscape('a~b^c\\d')).toBe('a\\textasciitilde{}b\\textasciicircum{}c\\textbackslash{}d');
    expect(bibtexEscape('cognitive–behavioural — x')).toBe('cognitive--behavioural --- x');
    expect(bibtexEscape('Løvvik')).toBe('Løvvik');
  });

  it('writes an @misc for the chart in fields BibTeX and biblatex both read: year, month, note, howpublished, url', () => {
    const entry = bibtexChart(chart);
    expect(entry.startsWith(`@misc{ips-evidence-norway-employment-${evidence.release.version},`)).toBe(true);
    expect(entry).toContain('author = {{IPS Evidence}}');
    expect(entry).toContain(`title = {{${chart.title}}}`);
    expect(entry).toContain(`year = {${evidence.release.date.slice(0, 4)}}`);
    expect(entry).toMatch(/\n {2}month = (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec),\n/);
    expect(entry).toContain(`note = {Chart, data version ${evidence.release.version}}`);
    // Not biblatex-only fields: classic BibTeX styles would drop them silently.
    expect(entry).not.toMatch(/^\s*(date|version) = /m);
    // The page's "#chart-…" escaped for \url inside a style's macro argument; verbatim in url.
    expect(entry).toContain('howpublished = {\\url{https://example.org/ips/trials/norway/\\#chart-norway-employment}}');
    expect(entry).toContain(`url = {${chart.url}}`);
  });

  it('cites the pinned embed of the data version when there is one', () => {
    const pinnedUrl = `https://example.org/ips/embed/v${evidence.release.version}/norway-employment/`;
    const pinned = { ...chart, pinnedUrl };
    expect(bibtexChart(pinned)).toContain(`howpublished = {\\url{${pinnedUrl}}}`);
    expect(bibtexChart(pinned)).toContain(`url = {${pinnedUrl}}`);
    expect(apaChart(pinned).endsWith(` [Chart]. ${pinnedUrl}`)).toBe(true);
    expect(risFile(pinned, []).split('\r\n')).toContain(`UR  - ${pinnedUrl}`);
  });

  it('gives a source without an author a sort key, and no biblatex-only date', () => {
    for (const s of evidence.sources.values()) {
      const entry = bibtexSource(s);
      if (!s.authors?.length && !s.publisher) expect(entry, s.key).toMatch(/^ {2}key = \{.+\},$/m);
      expect(entry, s.key).not.toMatch(/^ {2}date = /m);
    }
  });

  it('writes an @article with "and"-joined authors, escaped title, TeX page range and DOI', () => {
    const entry = bibtexSource(article({ title: 'Work & health: 100% of 5_000' }));
    expect(entry).toContain('@article{test-2020,');
    expect(entry).toContain('author = {Reme, S. E. and Øverland, S.}');
    expect(entry).toContain('title = {{Work \\& health: 100\\% of 5\\_000}}');
    expect(entry).toContain('pages = {3--9}');
    expect(entry).toContain('doi = {10.1000/xyz_1}');
  });

  it('keeps braces balanced and keys unique in every chart file', () => {
    for (const id of Object.keys(charts) as ChartId[]) {
      const spec = charts[id](evidence, 'en');
      const text = bibtexFile({ ...chart, id, title: spec.title }, sourcesOf(evidence, spec.figures));
      let depth = 0;
      for (const ch of text.replace(/\\[{}]/g, '')) {
        if (ch === '{') depth++;
        if (ch === '}') depth--;
        expect(depth).toBeGreaterThanOrEqual(0);
      }
      expect(depth, id).toBe(0);
      const keys = [...text.matchAll(/^@\w+\{([^,]+),/gm)].map((m) => m[1]);
      expect(new Set(keys).size, id).toBe(keys.length);
      expect(keys.length, id).toBe(1 + sourcesOf(evidence, spec.figures).length);
    }
  });
});

describe('RIS', () => {
  it('writes tagged lines with CRLF, one record per reference, each closed by ER', () => {
    const sources = sourcesOf(evidence, charts['trial-headlines'](evidence, 'en').figures);
    const text = risFile(chart, sources);
    const lines = text.split('\r\n').filter(Boolean);
    expect(text.includes('\n') && !/[^\r]\n/.test(text)).toBe(true);
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    expect(lines.filter((l) => l.startsWith('TY  - ')).length).toBe(1 + sources.length);
    expect(lines.filter((l) => l === 'ER  - ').length).toBe(1 + sources.length);
    expect(lines[0]).toBe('TY  - ELEC');
    expect(lines).toContain(`UR  - ${chart.url}`);
    expect(lines).toContain(`ET  - Data version ${evidence.release.version}`);
  });

  it('writes a journal article with authors, journal, volume, pages and DOI', () => {
    const rec = risSource(article()).split('\r\n');
    expect(rec).toEqual([
      'TY  - JOUR',
      'AU  - Reme, S. E.',
      'AU  - Øverland, S.',
      'TI  - A trial',
      'T2  - J Test',
      'PY  - 2020',
      'VL  - 1',
      'IS  - 2',
      'SP  - 3',
      'EP  - 9',
      'DO  - 10.1000/xyz_1',
      'UR  - https://doi.org/10.1000/xyz_1',
      'ER  - ',
    ]);
  });
});

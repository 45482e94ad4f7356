/**
 * Norwegian pages show data texts in Norwegian (issue 10, "Norwegian all the way"): the notes
 * under every chart, the source locators, the bibliography's notes, the source of each number in
 * prose, and the note and locator columns of the Norwegian figures CSV hold no English words
 * outside quotations (a note may quote its English source). Embeds pinned to a released version
 * before 1.3.0 show that version's data as it was, so they are left out.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { parseHTML } from 'linkedom';
import { expect, it } from 'vitest';
import { loadEvidence } from '../../src/data/load.ts';
import { shortCitation } from '../../src/data/evidence.ts';
import { columnName } from '../../src/export/csv.ts';
import { englishWords } from '../unit/site/english-words.ts';
import { DIST_DIR, describeDist, listPages, readPageHtml } from './dist.ts';

/** Where a page shows data texts: chart notes, source locators, source notes, findings' sources. */
const DATA_TEXT = '.chart__note, .source-where, .bibliography__note, .findings__source';

/** Short citations name a source by its authors, or its publisher or published title ("The Age 2010"): names, not words to translate. */
const citations = [...loadEvidence().sources.values()].map((s) => shortCitation(s, 'nb')).sort((a, b) => b.length - a.length);
const withoutCitations = (text: string) => citations.reduce((t, c) => t.split(c).join(' '), text);

describeDist('Norwegian pages show data texts in Norwegian', () => {
  const pages = listPages().filter((p) => p.route.startsWith('/nb/') && !/^\/nb\/embed\/v\d/.test(p.route));

  it('has Norwegian pages with chart notes to read', () => {
    const withNotes = pages.filter((p) => readPageHtml(p).includes('class="chart__note"'));
    expect(withNotes.length).toBeGreaterThan(10);
  });

  it("no English words in chart notes, locators, source notes or a number's source", () => {
    const english: string[] = [];
    for (const page of pages) {
      const { document } = parseHTML(readPageHtml(page));
      const texts = [
        ...[...document.querySelectorAll(DATA_TEXT)].map((el) => el.textContent ?? ''),
        ...[...document.querySelectorAll('[data-figure][title]')].map((el) => el.getAttribute('title') ?? ''),
      ];
      for (const text of new Set(texts.map((t) => t.replace(/\s+/g, ' ').trim()))) {
        const words = englishWords(withoutCitations(text));
        if (words.length) english.push(`${page.route}: ${words.join(', ')} in ${JSON.stringify(text.slice(0, 200))}`);
      }
    }
    expect(english).toEqual([]);
  });

  it('no English words in the note and locator columns of the Norwegian figures CSV', () => {
    const text = readFileSync(path.join(DIST_DIR, 'nb', 'data', 'figures.csv'), 'utf8');
    const rows = parse(text, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(100);
    const english = rows.flatMap((r) =>
      ['note', 'locator'].flatMap((c) => {
        const cell = r[columnName(c, 'nb')] ?? '';
        return englishWords(cell).length ? [`${r['id']} ${c}: ${JSON.stringify(cell)}`] : [];
      }),
    );
    expect(english).toEqual([]);
  });
});

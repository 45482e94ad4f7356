/**
 * Each page declares its charts (front matter `charts:`), the declaration is checked against the
 * page's <Chart id> elements, and the chart → page map comes from the declarations.
 */
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { charts } from '../../../src/charts/index.ts';
import { chartPages, chartsInBody } from '../../../src/site/chart-pages.ts';
import { readPage } from '../../../src/site/content.ts';
import { readGlossary } from '../../../src/site/glossary.ts';
import { LANGS } from '../../../src/i18n/index.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'ips-chart-pages-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('chart pages', () => {
  it('maps every chart of the registry to a page in every language, from the declarations', () => {
    for (const lang of LANGS) {
      const map = chartPages(lang);
      expect([...map.keys()].sort()).toEqual(Object.keys(charts).sort());
      // The declaration and the body agree for the page each chart is mapped to.
      for (const [id, page] of map) {
        const file = path.join(root, 'content', lang, `${page === '' ? 'index' : page.slice(0, -1)}.mdx`);
        const { frontMatter, body } = readPage(file);
        expect(frontMatter.charts, file).toContain(id);
        expect(chartsInBody(body), file).toContain(id);
      }
    }
  });

  it('stops on a page whose declaration and charts disagree, naming the file and what is missing', () => {
    const content = path.join(scratch, 'content');
    cpSync(path.join(root, 'content'), content, { recursive: true });
    const file = path.join(content, 'en', 'trials', 'seed.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('charts: [seed-employment, seed-baseline]', 'charts: [seed-employment, awac-work]'));
    expect(() => chartPages('en', content)).toThrow(
      'trials/seed.mdx, field "charts": expected the charts the page shows with <Chart id="…" /> (seed-employment, seed-baseline), found [seed-employment, awac-work]; not declared: seed-baseline; declared but not shown: awac-work.',
    );
  });
});

describe('glossary files', () => {
  it('name the file, the term and the field of a problem', () => {
    const content = path.join(scratch, 'glossary-content');
    mkdirSync(path.join(content, 'glossary'), { recursive: true });
    cpSync(path.join(root, 'content/glossary'), path.join(content, 'glossary'), { recursive: true });
    const nb = path.join(content, 'glossary', 'nb.yaml');
    writeFileSync(nb, readFileSync(nb, 'utf8').replace(/\nrct:\n/, '\nrct-x:\n'));
    const en = path.join(content, 'glossary', 'en.yaml');
    writeFileSync(en, readFileSync(en, 'utf8').replace(/(\nnnt:\n  term: ).*\n/, '$1\n'));
    expect(() => readGlossary(content)).toThrow(/glossary\/en\.yaml, key "nnt" \(line \d+\), field "term": expected a text, found null\./);
    expect(() => readGlossary(content)).toThrow('glossary/nb.yaml, key "rct": expected an entry for every term in glossary/en.yaml, found nothing.');
    expect(() => readGlossary(content)).toThrow('glossary/nb.yaml, key "rct-x": expected a term id from glossary/en.yaml, found "rct-x".');
  });
});

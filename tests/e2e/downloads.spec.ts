/**
 * Downloads: every chart on the built site offers PNGs (slides 1920×1080 and social cards
 * 1200×630, light and dark), a standalone SVG, a CSV of exactly the plotted rows, and its
 * citation (APA, BibTeX, RIS). Each file is fetched from the preview server and checked:
 * the PNGs decode at their sizes, the SVG parses as standalone XML and names the chart,
 * the CSV's numbers are the data's (in the language's format).
 */
import { expect, test } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { parse } from 'csv-parse/sync';
import { CSV_COLUMNS, CSV_DELIMITER, columnName } from '../../src/lib/export/csv.ts';
import { loadEvidence } from '../../src/lib/data/load.ts';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { charts as chartModules, type ChartId } from '../../src/charts/index.ts';
import { COMPUTED_HERE } from '../../src/lib/evidence.ts';
import { BASE_PATH, DIST_DIR, listPages, readPageHtml } from './site';

const FILES = {
  svg: (id: string) => `${id}.svg`,
  svgOutlines: (id: string) => `${id}-outlines.svg`,
  pptx: (id: string) => `${id}.pptx`,
  slideLight: (id: string) => `${id}-slide-light.png`,
  slideDark: (id: string) => `${id}-slide-dark.png`,
  socialLight: (id: string) => `${id}-social-light.png`,
  socialDark: (id: string) => `${id}-social-dark.png`,
  csv: (id: string) => `${id}.csv`,
  bib: (id: string) => `${id}.bib`,
  ris: (id: string) => `${id}.ris`,
  apa: (id: string) => `${id}-apa.txt`,
};
const PNG_SIZES = [
  [FILES.slideLight, 1920, 1080],
  [FILES.slideDark, 1920, 1080],
  [FILES.socialLight, 1200, 630],
  [FILES.socialDark, 1200, 630],
] as const;

interface BuiltChart {
  id: string;
  lang: string;
  title: string;
  /** Figure ids the chart's table shows (`data-figure`), all of which the CSV must hold. */
  tableFigures: Set<string>;
  /** Download links found under the chart on pages (absent on embed and presenter pages). */
  links: Set<string>;
  pages: string[];
}

/** Every chart on every built page, by language and id. */
function builtCharts(): BuiltChart[] {
  const found = new Map<string, BuiltChart>();
  for (const page of listPages()) {
    const { document } = parseHTML(readPageHtml(page));
    const lang = document.documentElement.getAttribute('lang') ?? 'en';
    for (const fig of Array.from(document.querySelectorAll('figure.chart[data-chart]'))) {
      const id = fig.getAttribute('data-chart')!;
      const key = `${lang}/${id}`;
      const chart = found.get(key) ?? { id, lang, title: '', tableFigures: new Set(), links: new Set(), pages: [] };
      chart.title ||= fig.querySelector('.chart__title')?.textContent?.trim() ?? '';
      for (const cell of Array.from(fig.querySelectorAll('[data-figure]')))
        chart.tableFigures.add(cell.getAttribute('data-figure')!);
      for (const a of Array.from(fig.querySelectorAll('.downloads a[href]'))) chart.links.add(a.getAttribute('href')!);
      chart.pages.push(page.path);
      found.set(key, chart);
    }
  }
  return [...found.values()].sort((a, b) => `${a.lang}/${a.id}`.localeCompare(`${b.lang}/${b.id}`));
}

const charts = builtCharts();
const evidence = loadEvidence();
const folder = (c: BuiltChart) => `${BASE_PATH}${c.lang === 'en' ? '' : `${c.lang}/`}charts/${c.id}/`;

test('the built site has charts to download', () => {
  expect(charts.length).toBeGreaterThan(0);
  expect(charts.some((c) => c.links.size > 0)).toBe(true);
});

for (const chart of charts) {
  test.describe(`downloads of ${chart.id} (${chart.lang})`, () => {
    const url = (file: (id: string) => string) => `${folder(chart)}${file(chart.id)}`;

    test('the page links to every download through the base path', () => {
      test.skip(chart.links.size === 0, `${chart.id} appears only on pages without downloads (${chart.pages.join(', ')})`);
      // Besides the fixed list: a tall chart's later slide parts (-slide-light-2.png …) and the
      // PowerPoint deck of each topic the chart belongs to (/charts/decks/<topic>.pptx).
      const extra = [...chart.links].filter(
        (l) => l.startsWith(folder(chart)) ? /-slide-(light|dark)-\d+\.png$/.test(l) : l.startsWith(`${BASE_PATH}${chart.lang === 'en' ? '' : `${chart.lang}/`}charts/decks/`),
      );
      expect(extra.filter((l) => l.endsWith('.pptx')).length, 'a deck for each of its topics').toBeGreaterThan(0);
      expect([...chart.links].sort()).toEqual([...Object.values(FILES).map(url), ...extra].sort());
      for (const l of extra) expect(existsSync(path.join(DIST_DIR, l.slice(BASE_PATH.length))), l).toBe(true);
    });

    test('PNGs decode at their stated sizes', async ({ page, request }) => {
      await page.goto(BASE_PATH);
      for (const [file, width, height] of PNG_SIZES) {
        const res = await request.get(url(file));
        expect(res.status(), url(file)).toBe(200);
        const bytes = await res.body();
        expect(bytes.subarray(1, 4).toString('latin1'), url(file)).toBe('PNG');
        expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], `${url(file)} IHDR`).toEqual([width, height]);
        const size = await page.evaluate(async (src) => {
          const img = new Image();
          img.src = src;
          await img.decode();
          return [img.naturalWidth, img.naturalHeight];
        }, url(file));
        expect(size, url(file)).toEqual([width, height]);
      }
    });

    test('the SVG is standalone XML that names the chart and renders as an image', async ({ page, request }) => {
      const res = await request.get(url(FILES.svg));
      expect(res.status()).toBe(200);
      const text = await res.text();
      expect(text).not.toMatch(/currentcolor|var\(/i);
      await page.goto(BASE_PATH);
      const result = await page.evaluate(
        async ({ svg, src }) => {
          const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
          const img = new Image();
          img.src = src;
          await img.decode();
          return {
            errors: doc.getElementsByTagName('parsererror').length,
            root: doc.documentElement.localName,
            ns: doc.documentElement.namespaceURI,
            title: doc.querySelector('title')?.textContent ?? '',
            text: Array.from(doc.querySelectorAll('text'), (t) => t.textContent).join(' '),
            hrefs: doc.querySelectorAll('[href], [*|href]').length,
            width: img.naturalWidth,
          };
        },
        { svg: text, src: url(FILES.svg) },
      );
      expect(result.errors).toBe(0);
      expect(result.root).toBe('svg');
      expect(result.ns).toBe('http://www.w3.org/2000/svg');
      expect(result.title).toBe(chart.title);
      expect(result.text).toContain(chart.title);
      expect(result.text).toContain(evidence.release.version);
      expect(result.hrefs).toBe(0);
      expect(result.width).toBeGreaterThan(0);
    });

    test("the CSV's numbers are the data's, for every row the chart shows", async ({ request }) => {
      const res = await request.get(url(FILES.csv));
      expect(res.status()).toBe(200);
      // BOM, the language's separator (";" in Norwegian) and column names, read strictly.
      const text = await res.text();
      expect(text.charCodeAt(0)).toBe(0xfeff);
      const lang = chart.lang === 'nb' ? 'nb' : 'en';
      const [header, ...rows] = parse(text, { bom: true, delimiter: CSV_DELIMITER[lang] }) as string[][];
      expect(header).toEqual(CSV_COLUMNS.map((c) => columnName(c, lang)));
      const records = rows.map((r) => ({ cells: Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r[i]!])) as Record<string, string> }));
      expect(records.length).toBeGreaterThan(0);
      // Decimal commas in Norwegian.
      const num = (s: string | undefined) => (s === undefined || s === '' ? undefined : Number(lang === 'nb' ? s.replace(',', '.') : s));
      // Pooled estimates of the site's own meta-analysis are computed at build time, not read
      // from data/: they must be marked derived and equal what the chart module computes.
      const computed = new Map(
        chartModules[chart.id as ChartId](evidence, chart.lang === 'nb' ? 'nb' : 'en').figures.filter((f) => f.source === COMPUTED_HERE).map((f) => [f.id, f]),
      );
      for (const { cells } of records) {
        if (cells['source'] === COMPUTED_HERE) {
          const c = computed.get(cells['id']!);
          expect(c, `CSV row ${cells['id']} is computed by the chart`).toBeDefined();
          expect([cells['status'], num(cells['value']), num(cells['ci_low']), num(cells['ci_high'])]).toEqual(['derived', c!.value, c!.ci_low, c!.ci_high]);
          continue;
        }
        const f = evidence.figures.get(cells['id']!);
        expect(f, `CSV row ${cells['id']} is a figure in data/`).toBeDefined();
        expect(num(cells['value']), f!.id).toBe(f!.value);
        expect(num(cells['numerator']), f!.id).toBe(f!.numerator);
        expect(num(cells['denominator']), f!.id).toBe(f!.denominator);
        expect(num(cells['ci_low']), f!.id).toBe(f!.ci_low);
        expect(num(cells['ci_high']), f!.id).toBe(f!.ci_high);
        // The p-value is split so no cell starts with "=": an empty comparator means an exact value.
        expect(cells['p_value'] ? `${cells['p_comparator'] || '='}${cells['p_value'].replace(',', '.')}` : undefined, f!.id).toBe(f!.p_value);
        expect([cells['unit'], cells['source'], cells['status']], f!.id).toEqual([f!.unit, f!.source, f!.status]);
        expect(cells['data_version']).toBe(evidence.release.version);
      }
      const ids = new Set(records.map((r) => r.cells['id']));
      expect(ids.size, 'each figure once').toBe(records.length);
      for (const shown of chart.tableFigures)
        expect(ids.has(shown), `figure ${shown} shown in the table is in the CSV`).toBe(true);
    });

    test('the citations name the chart, its data version and its sources', async ({ request }) => {
      const fetchText = async (f: (id: string) => string) => {
        const res = await request.get(url(f));
        expect(res.status(), url(f)).toBe(200);
        return res.text();
      };
      const apa = await fetchText(FILES.apa);
      const bib = await fetchText(FILES.bib);
      const ris = await fetchText(FILES.ris);
      expect(apa).toContain(chart.title);
      expect(apa).toContain(evidence.release.version);
      expect(bib).toMatch(/^@misc\{/);
      expect(bib).toContain(chart.lang === 'nb' ? `note = {Figur, dataversjon ${evidence.release.version}}` : `note = {Chart, data version ${evidence.release.version}}`);
      expect(ris.startsWith('TY  - ELEC\r\n')).toBe(true);
      expect(ris).toContain(`TI  - ${chart.title}`);
      expect(ris.match(/^ER {2}- $/gm)?.length).toBe(ris.match(/^TY {2}- /gm)?.length);
    });
  });
}

/**
 * Downloads: every chart on the built site offers PNGs (slides 1920×1080 and social cards
 * 1200×630, light and dark), a standalone SVG, a CSV of exactly the plotted rows, and its
 * citation (APA, BibTeX, RIS). Each file is read from dist/ and opened for what it is: every
 * PNG chunk passes its CRC and its image data inflates to exactly its stated size; the SVG is
 * parsed and drawn by a real SVG renderer (resvg) and names the chart; the CSV's numbers are
 * the data's; the citations name the chart, its version and close every record.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { crc32, inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { parseHTML } from 'linkedom';
import { expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { charts as chartModules, type ChartId } from '../../src/charts/index.ts';
import { loadEvidence } from '../../src/data/load.ts';
import { COMPUTED_HERE } from '../../src/data/evidence.ts';
import { CSV_COLUMNS, CSV_DELIMITER, columnName } from '../../src/export/csv.ts';
import { BASE_PATH, DIST_DIR, describeDist, hasDist, listPages, readPageHtml } from './dist.ts';

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
      const chart = found.get(key) ?? { id, lang, title: '', tableFigures: new Set<string>(), links: new Set<string>(), pages: [] };
      // A pinned embed shows an older release: its title may differ; the current pages name it.
      if (!/\/embed\/v\d/.test(page.route)) chart.title ||= fig.querySelector('.chart__title')?.textContent?.trim() ?? '';
      for (const cell of Array.from(fig.querySelectorAll('[data-figure]')))
        if (!/\/embed\/v\d/.test(page.route)) chart.tableFigures.add(cell.getAttribute('data-figure')!);
      for (const a of Array.from(fig.querySelectorAll('.downloads a[href]'))) chart.links.add(a.getAttribute('href')!);
      chart.pages.push(page.route);
      found.set(key, chart);
    }
  }
  return [...found.values()].sort((a, b) => `${a.lang}/${a.id}`.localeCompare(`${b.lang}/${b.id}`));
}

interface Png {
  width: number;
  height: number;
  problems: string[];
}

/** Reads a PNG as a decoder does: signature, every chunk's CRC, IHDR, and IDAT inflated to its exact size. */
function readPng(bytes: Buffer): Png {
  const problems: string[] = [];
  if (!bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return { width: 0, height: 0, problems: ['not a PNG signature'] };
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  let bitDepth = 0;
  let interlace = 0;
  const idat: Buffer[] = [];
  const seen: string[] = [];
  while (offset + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.subarray(offset + 4, offset + 8).toString('latin1');
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    const crc = bytes.readUInt32BE(offset + 8 + length);
    if (crc32(bytes.subarray(offset + 4, offset + 8 + length)) !== crc) problems.push(`${type}: CRC mismatch`);
    seen.push(type);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      bitDepth = data[8]!;
      channels = ({ 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 } as Record<number, number>)[data[9]!] ?? 0;
      interlace = data[12]!;
    }
    if (type === 'IDAT') idat.push(Buffer.from(data));
    offset += 12 + length;
    if (type === 'IEND') break;
  }
  if (seen[0] !== 'IHDR') problems.push('the first chunk is not IHDR');
  if (seen.at(-1) !== 'IEND') problems.push('no IEND at the end');
  if (channels === 0) problems.push('unknown colour type');
  if (interlace === 0 && channels > 0) {
    const raw = inflateSync(Buffer.concat(idat));
    const stride = 1 + Math.ceil((width * channels * bitDepth) / 8);
    if (raw.length !== stride * height) problems.push(`image data is ${raw.length} bytes, expected ${stride * height}`);
    for (let row = 0; row < height; row++) if (raw[row * stride]! > 4) problems.push(`row ${row}: unknown filter ${raw[row * stride]}`);
  }
  return { width, height, problems };
}

describeDist('downloads', () => {
  const charts = hasDist() ? builtCharts() : [];
  const evidence = loadEvidence();
  const folder = (c: BuiltChart) => `${c.lang === 'en' ? '' : `${c.lang}/`}charts/${c.id}/`;
  const read = (c: BuiltChart, file: (id: string) => string) => readFileSync(path.join(DIST_DIR, folder(c), file(c.id)));

  it('the built site has charts to download, in both languages', () => {
    expect(charts.length).toBeGreaterThan(10);
    expect(new Set(charts.map((c) => c.lang))).toEqual(new Set(['en', 'nb']));
    expect(charts.some((c) => c.links.size > 0)).toBe(true);
  });

  it.each(charts.map((c) => [`${c.lang}/${c.id}`, c] as const))('%s: the page links to every download through the base path', (_, chart) => {
    if (chart.links.size === 0) return; // only on pages without downloads (embeds, presenter views)
    // Besides the fixed list: a tall chart's later slide parts (-slide-light-2.png …) and the
    // PowerPoint deck of each topic the chart belongs to (/charts/decks/<topic>.pptx).
    const own = `${BASE_PATH}${folder(chart)}`;
    const extra = [...chart.links].filter((l) =>
      l.startsWith(own) ? /-slide-(light|dark)-\d+\.png$/.test(l) : l.startsWith(`${BASE_PATH}${chart.lang === 'en' ? '' : `${chart.lang}/`}charts/decks/`),
    );
    expect(extra.filter((l) => l.endsWith('.pptx')).length, 'a deck for each of its topics').toBeGreaterThan(0);
    expect([...chart.links].sort()).toEqual([...Object.values(FILES).map((f) => `${own}${f(chart.id)}`), ...extra].sort());
    for (const l of extra) expect(existsSync(path.join(DIST_DIR, l.slice(BASE_PATH.length))), l).toBe(true);
  });

  it.each(charts.map((c) => [`${c.lang}/${c.id}`, c] as const))('%s: PNGs decode at their stated sizes', (_, chart) => {
    for (const [file, width, height] of PNG_SIZES) {
      const png = readPng(read(chart, file));
      expect(png.problems, file(chart.id)).toEqual([]);
      expect([png.width, png.height], file(chart.id)).toEqual([width, height]);
    }
  });

  it.each(charts.map((c) => [`${c.lang}/${c.id}`, c] as const))('%s: the SVG is standalone, names the chart and draws', (_, chart) => {
    const text = read(chart, FILES.svg).toString('utf8');
    expect(text).not.toMatch(/currentcolor|var\(/i);
    expect(text).toMatch(/^(<\?xml[^>]*\?>\s*)?<svg[^>]*\sxmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const { document } = parseHTML(`<!doctype html><html><body>${text.replace(/^<\?xml[^>]*\?>/, '')}</body></html>`);
    const svg = document.querySelector('svg')!;
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    expect(svg.querySelector('title')?.textContent).toBe(chart.title);
    expect(text).toContain(esc(chart.title));
    expect(text).toContain(evidence.release.version);
    expect(svg.querySelectorAll('[href], [xlink\\:href]').length, 'no links out of the file').toBe(0);
    // resvg parses strictly (malformed XML is an error) and draws it.
    const image = new Resvg(text, { fitTo: { mode: 'width', value: 240 }, font: { loadSystemFonts: false } }).render();
    expect(image.width).toBe(240);
    expect(image.height).toBeGreaterThan(0);
    // Something was drawn: not every pixel is the same.
    const px = image.pixels;
    let differs = false;
    for (let i = 4; i < px.length && !differs; i += 4) differs = px[i] !== px[0] || px[i + 1] !== px[1] || px[i + 2] !== px[2] || px[i + 3] !== px[3];
    expect(differs).toBe(true);
  });

  it.each(charts.map((c) => [`${c.lang}/${c.id}`, c] as const))("%s: the CSV's numbers are the data's, for every row the chart shows", (_, chart) => {
    // BOM, the language's separator (";" in Norwegian) and column names, read strictly.
    const text = read(chart, FILES.csv).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lang = chart.lang === 'nb' ? 'nb' : 'en';
    const [header, ...rows] = parse(text, { bom: true, delimiter: CSV_DELIMITER[lang] }) as string[][];
    expect(header).toEqual(CSV_COLUMNS.map((c) => columnName(c, lang)));
    const records = rows.map((r) => ({ cells: Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r[i]!])) as Record<string, string> }));
    expect(records.length).toBeGreaterThan(0);
    // Decimal commas in Norwegian.
    const num = (v: string | undefined) => (v === undefined || v === '' ? undefined : Number(lang === 'nb' ? v.replace(',', '.') : v));
    // Pooled estimates of the site's own meta-analysis are computed at build time, not read from
    // data/: they must be marked derived and equal what the chart module computes.
    const computed = new Map(
      chartModules[chart.id as ChartId](evidence, lang)
        .figures.filter((f) => f.source === COMPUTED_HERE)
        .map((f) => [f.id, f]),
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
    for (const shown of chart.tableFigures) expect(ids.has(shown), `figure ${shown} shown in the table is in the CSV`).toBe(true);
  });

  it.each(charts.map((c) => [`${c.lang}/${c.id}`, c] as const))('%s: the citations name the chart, its data version and its sources', (_, chart) => {
    const apa = read(chart, FILES.apa).toString('utf8');
    const bib = read(chart, FILES.bib).toString('utf8');
    const ris = read(chart, FILES.ris).toString('utf8');
    expect(apa).toContain(chart.title);
    expect(apa).toContain(evidence.release.version);
    expect(bib).toMatch(/^@misc\{/);
    expect(bib).toContain(
      chart.lang === 'nb' ? `note = {Figur, dataversjon ${evidence.release.version}}` : `note = {Chart, data version ${evidence.release.version}}`,
    );
    // Balanced braces: a BibTeX parser reads every entry to its end.
    expect([...bib].filter((c) => c === '{').length).toBe([...bib].filter((c) => c === '}').length);
    expect(ris.startsWith('TY  - ELEC\r\n')).toBe(true);
    expect(ris).toContain(`TI  - ${chart.title}`);
    expect(ris.match(/^ER {2}- $/gm)?.length).toBe(ris.match(/^TY {2}- /gm)?.length);
    // The chart is cited together with the sources its rows come from: more than one record.
    const lang = chart.lang === 'nb' ? 'nb' : 'en';
    const [, ...rows] = parse(read(chart, FILES.csv).toString('utf8'), { bom: true, delimiter: CSV_DELIMITER[lang] }) as string[][];
    const sourceAt = CSV_COLUMNS.indexOf('source');
    const sources = new Set(rows.map((r) => r[sourceAt]!).filter((k) => k && k !== COMPUTED_HERE));
    expect(ris.match(/^TY {2}- /gm)!.length).toBeGreaterThanOrEqual(Math.min(sources.size, 30) > 0 ? 2 : 1);
  });
});

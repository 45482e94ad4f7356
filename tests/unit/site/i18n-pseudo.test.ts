/**
 * No English where a translation is expected (issue 12): every chart is built in a test-only
 * pseudo-locale (i18n-pseudo-locale.ts: the English messages, marked ⟦…⟧ and accented), put in
 * place of Norwegian by mocking the messages module, so the charts' code runs unchanged. Every
 * text a reader meets (title, summary, legend, view names, table headers and cells, notes,
 * derivations, story steps, and the SVG's text, titles and aria labels) must then hold no English
 * word of the messages outside a marked stretch. Text from data/ (trial names, citations, notes,
 * measure labels) is taken out first: its translation is the data's own `_nb` columns, checked
 * elsewhere.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/i18n/index.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/i18n/index.ts')>();
  const { pseudoMessages } = await import('./i18n-pseudo-locale.ts');
  const pseudo = pseudoMessages(real.messages('en'));
  const messages = (lang: 'en' | 'nb') => (lang === 'nb' ? pseudo : real.messages(lang));
  return {
    ...real,
    messages,
    t: (lang: 'en' | 'nb', key: keyof typeof pseudo.ui) => messages(lang).ui[key],
    strings: { en: real.strings.en, nb: pseudo.ui },
  };
});

const { charts } = await import('../../../src/charts/index.ts');
const { loadEvidence } = await import('../../../src/data/load.ts');
const { shortCitation } = await import('../../../src/data/evidence.ts');
const { renderPlotSvg } = await import('../../../src/render/plot-svg.ts');
const { messages } = await import('../../../src/i18n/index.ts');
const { pooledBottomLine, trialBottomLine } = await import('../../../src/site/bottom-line.ts');
const { headlineComparisons } = await import('../../../src/data/evidence.ts');
const { formatFigure, formatTimepoint } = await import('../../../src/i18n/format.ts');
const { OPEN, CLOSE, vocabulary } = await import('./i18n-pseudo-locale.ts');
import type { ChartSpec } from '../../../src/charts/spec.ts';

const evidence = loadEvidence();
/**
 * Names that are the same in every language, so not English words here even though the English
 * messages use them: statistical methods named after people.
 */
const NAMES = ['wilson', 'newcombe'];
const ENGLISH = new Set([...vocabulary(messages('en'))].filter((w) => !NAMES.includes(w)));

/**
 * Fields of data/ that code turns into words (keys, units, time points): their text is NOT data
 * text, so code that shows them raw is caught.
 */
const WORDED_BY_CODE = new Set([
  'key',
  'id',
  'timepoint',
  'unit',
  'status',
  'kind',
  'topic',
  'group',
  'comparator',
  'measure',
  'pool',
  'region',
  'population',
  'study',
  'source',
  'primary_source',
]);

/** Every reader text of data/ (both languages' columns), as it may appear in a sentence. */
function dataTexts(): string[] {
  const out = new Set<string>();
  const timepoints = new Set([...evidence.figures.values()].flatMap((f) => (f.timepoint ? [f.timepoint] : [])));
  const add = (s: string) => {
    if (/^[a-z0-9-]+$/.test(s) || !/\p{L}/u.test(s)) return; // a key, or no words
    if (timepoints.has(s)) return; // format.ts words time points: one shown as written is a leak
    // As charts use it: whole, or one of its "; "-separated parts (notes are merged part by part),
    // with its first letter as the sentence needs it, or lower-cased inside a sentence.
    for (const part of [s, ...s.split(/;\s*/)])
      for (const v of [part, part.charAt(0).toLowerCase() + part.slice(1), part.charAt(0).toUpperCase() + part.slice(1), part.toLowerCase()])
        if (/\p{L}/u.test(v)) out.add(v);
  };
  const walk = (v: unknown, field: string) => {
    if (WORDED_BY_CODE.has(field)) return;
    if (typeof v === 'string') add(v);
    else if (Array.isArray(v)) v.forEach((x) => walk(x, field));
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        // Where data has a Norwegian column, the chart must show it: the English one is not data text here.
        if (`${k}_nb` in v) continue;
        walk(x, k.replace(/_nb$/, ''));
      }
  };
  for (const map of [evidence.sources, evidence.studies, evidence.measures, evidence.figures, evidence.discrepancies, evidence.trialsNotExtracted])
    for (const entry of map.values()) walk(entry, '');
  // Citations are built from the sources' authors and years (src/data/evidence.ts).
  for (const s of evidence.sources.values()) {
    for (const lang of ['en', 'nb'] as const) {
      add(shortCitation(s, lang));
      add(shortCitation(s, lang).replace(' et al.', ''));
    }
  }
  return [...out].sort((a, b) => b.length - a.length);
}
const DATA = dataTexts();

/** The English message words left in a text once marked stretches and data texts are taken out. */
export function englishLeft(text: string, data: readonly string[] = DATA): string[] {
  let rest = text.replace(new RegExp(`${OPEN}[^${CLOSE}]*${CLOSE}`, 'g'), ' ');
  for (const d of data) if (rest.includes(d)) rest = rest.split(d).join(' ');
  return (rest.match(/\p{L}+/gu) ?? []).filter((w) => ENGLISH.has(w.toLowerCase()));
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** Every reader-facing text of a spec, with where it is, including its rendered SVG's text. */
function readerTexts(spec: ChartSpec): Array<[string, string]> {
  const out: Array<[string, string]> = [
    ['title', spec.title],
    ['summary', spec.summary],
    ...spec.legend.map((l, i): [string, string] => [`legend[${i}]`, l.label]),
    ...spec.derivations.map((d, i): [string, string] => [`derivations[${i}]`, d]),
    ...(spec.notes ?? []).map((n, i): [string, string] => [`notes[${i}]`, n]),
    ...(spec.steps ?? []).map((s, i): [string, string] => [`steps[${i}]`, s.caption]),
  ];
  for (const v of spec.views) {
    out.push([`view ${v.id} label`, v.label]);
    v.table.columns.forEach((c, i) => out.push([`view ${v.id} column ${i}`, c.label]));
    v.table.rows.forEach((r, i) => r.forEach((c, j) => out.push([`view ${v.id} cell ${i},${j}`, c.text])));
    const svg = renderPlotSvg(v.plot, { idPrefix: `${spec.id}-${v.id}`, title: spec.title, description: spec.summary });
    // Text nodes (not the style sheet), and the attributes a screen reader reads out.
    const markup = svg.replace(/<style[^>]*>[\s\S]*?<\/style>/g, '');
    for (const m of markup.matchAll(/>([^<]+)</g)) out.push([`view ${v.id} svg text`, decode(m[1]!)]);
    for (const m of markup.matchAll(/\s(aria-label|aria-description|aria-roledescription|title)="([^"]*)"/g))
      out.push([`view ${v.id} svg ${m[1]}`, decode(m[2]!)]);
  }
  return out.filter(([, text]) => text.trim() !== '');
}

describe('the pseudo-locale check', () => {
  it('finds a hard-coded English word, and not a marked one or a data text', () => {
    const total = messages('nb').charts.awacPopulations.total;
    expect(total).toMatch(/^⟦.+⟧$/);
    expect(englishLeft(`${total}: 120`)).toEqual([]);
    expect(englishLeft('Total: 120')).toEqual(['Total']);
    expect(englishLeft(`${messages('nb').format.interval('1', '2')} and 3`)).toEqual(['and']);
    const citation = shortCitation(
      [...evidence.sources.values()].find((s) => (s.authors?.length ?? 0) > 2)!,
      'nb',
    );
    expect(englishLeft(`${citation}`)).toEqual([]);
  });
});

describe.each(Object.keys(charts))('chart %s in the pseudo-locale', (id) => {
  it('shows no English word of the messages outside a translated stretch', () => {
    const spec = charts[id as keyof typeof charts](evidence, 'nb');
    const leaks = readerTexts(spec)
      .map(([where, text]) => ({ where, text, words: englishLeft(text) }))
      .filter((l) => l.words.length > 0);
    expect(leaks.map((l) => `${l.where}: ${l.words.join(' ')} ← ${l.text}`)).toEqual([]);
  });
});

describe('the bottom lines and figures in the pseudo-locale', () => {
  const site = 'https://example.org/';
  const lines = [
    ['the trials together', pooledBottomLine(evidence, 'nb', site)] as const,
    ...headlineComparisons(evidence, () => true).map((c) => [c.study.key, trialBottomLine(evidence, c.study.key, 'nb', site)] as const),
  ];

  it.each(lines)('bottom line of %s shows no English word of the messages outside a translated stretch', (_, line) => {
    const texts = Object.entries(line).filter((e): e is [string, string] => typeof e[1] === 'string');
    const leaks = texts.map(([k, text]) => ({ k, text, words: englishLeft(text.replace(site, ' ')) })).filter((l) => l.words.length);
    expect(leaks.map((l) => `${l.k}: ${l.words.join(' ')} ← ${l.text}`)).toEqual([]);
  });

  it('every figure and time point of the data is written without English words of the messages', () => {
    const leaks = [...evidence.figures.values()]
      .flatMap((f) => [formatFigure(f, 'nb'), f.timepoint ? formatTimepoint(f.timepoint, 'nb') : ''])
      .filter((text) => englishLeft(text).length > 0);
    expect(leaks).toEqual([]);
  });
});

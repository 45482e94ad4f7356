/**
 * AWaC's three populations (at risk of sick leave, on sick leave, on long-term benefits), as
 * three sources give them: the baseline table of a sister paper (counts; shares computed here),
 * the project page and the talk (shares as stated). They disagree, so each is drawn as its own
 * part-to-whole bar with its source and status (data/discrepancies.yaml, awac-subgroup-shares).
 */
import * as Plot from '@observablehq/plot';
import type { Evidence } from '../data/load.ts';
import type { Figure } from '../data/schemas.ts';
import { figure, shortCitation, source } from '../data/evidence.ts';
import { formatNumber, formatPercent, statusLabel } from '../i18n/format.ts';
import { t, type Lang, inLang, messages } from '../i18n/index.ts';
import { percentFromCounts } from '../stats/stats.ts';
import { palette, type PaletteKey } from '../styles/palette.ts';
import type { ChartSpec } from './spec.ts';
import { CHART_STYLE, CHART_WIDTH, percentAxis, valueAxis } from './frame.ts';

const POPULATIONS = ['at-risk', 'sick-leave', 'long-term-benefits'] as const;
type Population = (typeof POPULATIONS)[number];
const COLOURS: Record<Population, PaletteKey> = { 'at-risk': 'groupA', 'sick-leave': 'groupB', 'long-term-benefits': 'groupC' };

const TABLE_COUNTS: Record<Population, string> = {
  'at-risk': 'awac-baseline-n-at-risk',
  'sick-leave': 'awac-baseline-n-sick-leave',
  'long-term-benefits': 'awac-baseline-n-long-term-benefits',
};
const TABLE_TOTAL = 'awac-baseline-n-total';
/** The stated splits, by source; the project page's first group is "employed" (see its note). */
const STATED = [
  {
    id: 'project-page',
    shares: {
      'at-risk': 'awac-share-employed-project-page',
      'sick-leave': 'awac-share-sick-leave-project-page',
      'long-term-benefits': 'awac-share-long-term-benefits-project-page',
    },
  },
  {
    id: 'talk',
    shares: {
      'at-risk': 'awac-share-at-risk-talk',
      'sick-leave': 'awac-share-sick-leave-talk',
      'long-term-benefits': 'awac-share-long-term-benefits-talk',
    },
  },
] as const;

const words = (lang: Lang) => messages(lang).charts.awacPopulations;

interface Segment {
  row: string;
  population: Population;
  x1: number;
  x2: number;
  value: number;
  decimals: number;
  title: string;
}

export function awacPopulations(e: Evidence, lang: Lang): ChartSpec {
  const s = words(lang);
  const total = figure(e, TABLE_TOTAL);
  const nText = formatNumber(total.value, lang, total.decimals);
  const pct = (v: number, d: number) => formatPercent(v, lang, d);
  const cite = (f: Figure) => shortCitation(source(e, f.source), lang);

  // The baseline table: counts as published, shares computed here (one decimal, like the talk's
  // whole numbers would hide the differences between sources).
  const counts = POPULATIONS.map((p) => {
    const f = figure(e, TABLE_COUNTS[p]);
    return { population: p, f, share: percentFromCounts({ events: f.value, total: total.value }) };
  });
  const tableRow = s.rows.table(cite(total), nText);
  const stated = STATED.map((src) => {
    const shares = POPULATIONS.map((p) => ({ population: p, f: figure(e, src.shares[p]) }));
    const first = shares[0]!.f;
    return { id: src.id, shares, label: `${s.rows[src.id]} (${statusLabel(first.status, lang)})`, status: first.status };
  });
  const rowLabels = [`${tableRow}`, ...stated.map((r) => r.label)];

  const stack = (row: string, parts: Array<{ population: Population; value: number; decimals: number; note: string }>): Segment[] => {
    let x = 0;
    return parts.map((p) => {
      const seg = {
        row,
        population: p.population,
        x1: x,
        x2: x + p.value,
        value: p.value,
        decimals: p.decimals,
        title: `${row} · ${s.populations[p.population]}: ${pct(p.value, p.decimals)}${p.note}`,
      };
      x += p.value;
      return seg;
    });
  };
  const segments: Segment[] = [
    ...stack(
      tableRow,
      counts.map((c) => ({
        population: c.population,
        value: c.share,
        decimals: 1,
        note: ` (${formatNumber(c.f.value, lang)}/${nText}, ${t(lang, 'statusDerived')})`,
      })),
    ),
    ...stated.flatMap((r) =>
      stack(
        r.label,
        r.shares.map((x) => ({ population: x.population, value: x.f.value, decimals: x.f.decimals, note: x.f.note ? ` — ${inLang(x.f, 'note', lang)}` : '' })),
      ),
    ),
  ];

  const sourcesPlot: Plot.PlotOptions = {
    width: CHART_WIDTH,
    height: 100 * (rowLabels.length + 0.6) + 16 + 56,
    marginLeft: 20,
    marginRight: 24,
    marginTop: 16,
    marginBottom: 56,
    style: CHART_STYLE,
    x: percentAxis(s.axis, lang, { grid: false }),
    y: { domain: rowLabels, axis: null, padding: 0.6 },
    marks: [
      // 100%: a part-to-whole bar whose parts do not add up shows the shortfall as an outline.
      Plot.barX(rowLabels, { x1: 0, x2: 100, y: (d: string) => d, fill: 'none', stroke: palette.neutral, strokeDasharray: '3 3' }),
      Plot.barX(segments, {
        x1: 'x1',
        x2: 'x2',
        y: 'row',
        fill: (d: Segment) => palette[COLOURS[d.population]],
        stroke: 'white',
        strokeWidth: 1.5,
        title: 'title',
      }),
      Plot.text(rowLabels, {
        frameAnchor: 'left',
        y: (d: string) => d,
        text: (d: string) => d,
        dy: -34,
        dx: 6,
        textAnchor: 'start',
        fill: 'currentColor',
        fontWeight: 600,
      }),
      Plot.text(segments, {
        x: (d: Segment) => (d.x1 + d.x2) / 2,
        y: 'row',
        text: (d: Segment) => pct(d.value, d.decimals),
        dy: 32,
        fill: 'currentColor',
        fontSize: 14,
      }),
    ],
  };

  const countsPlot: Plot.PlotOptions = {
    width: CHART_WIDTH,
    height: 64 * (counts.length + 0.5) + 24 + 56,
    marginLeft: 20,
    marginRight: 24,
    marginTop: 24,
    marginBottom: 56,
    style: CHART_STYLE,
    x: valueAxis(s.countAxis, { domain: [0, total.value], ticks: 4, tickFormat: (d: number) => formatNumber(d, lang, 0) }),
    y: { domain: counts.map((c) => s.populations[c.population]), axis: null, padding: 0.5 },
    marks: [
      Plot.barX(counts, {
        x: (c: (typeof counts)[number]) => c.f.value,
        y: (c: (typeof counts)[number]) => s.populations[c.population],
        fill: (c: (typeof counts)[number]) => palette[COLOURS[c.population]],
        title: (c: (typeof counts)[number]) =>
          `${s.populations[c.population]} · ${s.participants}: ${s.ofTotal(formatNumber(c.f.value, lang), nText)} (${pct(c.share, 1)}, ${t(lang, 'statusDerived')})`,
      }),
      Plot.ruleX([0], { stroke: 'currentColor' }),
      Plot.text(counts, {
        frameAnchor: 'left',
        y: (c: (typeof counts)[number]) => s.populations[c.population],
        text: (c: (typeof counts)[number]) => s.populations[c.population],
        dy: -22,
        dx: 6,
        textAnchor: 'start',
        fill: 'currentColor',
        fontWeight: 600,
      }),
      Plot.text(counts, {
        x: (c: (typeof counts)[number]) => c.f.value,
        y: (c: (typeof counts)[number]) => s.populations[c.population],
        text: (c: (typeof counts)[number]) => `${formatNumber(c.f.value, lang)} (${pct(c.share, 1)})`,
        dx: 6,
        textAnchor: 'start',
        fill: 'currentColor',
      }),
    ],
  };

  const sickStated = stated.map((r) => r.shares.find((x) => x.population === 'sick-leave')!.f);
  const summary = s.summary(
    nText,
    s.tableShares(counts.map((c) => `${pct(c.share, 1)} ${s.populations[c.population].toLowerCase()}`)),
    s.sickStated(
      sickStated.every((f) => f.value === sickStated[0]!.value),
      sickStated.map((f) => pct(f.value, f.decimals)),
    ),
  );
  const discrepancy = e.discrepancies.get('awac-subgroup-shares');
  const firstNotes = stated.flatMap((r) =>
    r.shares.filter((x) => x.population === 'at-risk' && x.f.note).map((x) => `${s.rows[r.id]}: ${inLang(x.f, 'note', lang)}.`),
  );
  return {
    id: 'awac-populations',
    lang,
    title: s.title,
    summary,
    legend: POPULATIONS.map((p) => ({ key: COLOURS[p], label: s.populations[p] })),
    views: [
      {
        id: 'sources',
        label: s.viewSources,
        plot: sourcesPlot,
        table: {
          columns: [{ label: s.source }, ...POPULATIONS.map((p) => ({ label: s.populations[p], numeric: true }))],
          rows: [
            [
              { text: tableRow },
              ...counts.map((c) => ({ text: `${pct(c.share, 1)} (${formatNumber(c.f.value, lang)})`, derived: `${c.f.id} / ${total.id} × 100` })),
            ],
            ...stated.map((r) => [
              { text: `${s.rows[r.id]} (${cite(r.shares[0]!.f)})` },
              ...r.shares.map((x) => ({ text: pct(x.f.value, x.f.decimals), figure: x.f })),
            ]),
          ],
        },
      },
      {
        id: 'counts',
        label: s.viewCounts,
        plot: countsPlot,
        table: {
          columns: [{ label: s.population }, { label: s.participants, numeric: true }, { label: s.share, numeric: true }, { label: s.source }],
          rows: [
            ...counts.map((c) => [
              { text: s.populations[c.population] },
              { text: formatNumber(c.f.value, lang), figure: c.f },
              { text: pct(c.share, 1), derived: `${c.f.id} / ${total.id} × 100` },
              { text: cite(c.f) },
            ]),
            [{ text: s.total }, { text: nText, figure: total }, { text: '' }, { text: cite(total) }],
          ],
        },
      },
    ],
    figures: [...counts.map((c) => c.f), total, ...stated.flatMap((r) => r.shares.map((x) => x.f))],
    derivations: [s.derivation(nText)],
    notes: [
      ...(discrepancy ? [inLang(discrepancy, 'note', lang)] : []),
      ...firstNotes,
      `${s.rows.table(cite(total), nText)}: ${inLang(counts[0]!.f, 'note', lang) ?? ''}`.replace(/: $/, ''),
    ],
  };
}

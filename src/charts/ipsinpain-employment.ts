/**
 * IPSinPain (Sveinsdottir et al. 2022): employment within 12 months, IPS + treatment as usual
 * against treatment as usual, with the uncertainty made visible. The abstract gives only the
 * percentages; the counts behind them are fitted here (data rows `…-fitted`, status derived),
 * and every interval is computed from those fitted counts with src/stats/stats.ts.
 */
import * as Plot from '@observablehq/plot';
import type { Evidence } from '../data/load.ts';
import type { Figure } from '../data/schemas.ts';
import { figure, shortCitation, source } from '../data/evidence.ts';
import { formatInterval, formatNumber, formatPercent, formatPoints, formatTimepoint } from '../i18n/format.ts';
import { t, type Lang, messages } from '../i18n/index.ts';
import { listOf } from '../i18n/text.ts';
import { riskDifference, wilsonInterval, type Interval, type Proportion } from '../stats/stats.ts';
import { palette, type PaletteKey } from '../styles/palette.ts';
import { rowsFrame } from './shapes/labelled-rows.ts';
import type { ChartSpec } from './spec.ts';
import { directionLabels } from './shapes/direction-labels.ts';
import { CHART_SMALL_FONT_SIZE, CHART_STYLE, CHART_WIDTH, percentAxis, valueAxis } from './frame.ts';

const ARMS = [
  { key: 'intervention', rate: 'ipsinpain-employment-12m-ips', count: 'ipsinpain-employed-12m-ips-fitted', analysed: 'ipsinpain-analysed-ips' },
  { key: 'control', rate: 'ipsinpain-employment-12m-control', count: 'ipsinpain-employed-12m-control-fitted', analysed: 'ipsinpain-analysed-control' },
] as const;

const words = (lang: Lang) => messages(lang).charts.ipsinpainEmployment;

interface ArmRow {
  key: PaletteKey;
  label: string;
  rate: Figure;
  count: Figure;
  analysed: Figure;
  ci: Interval<'wilson'>;
}

function proportion(f: Figure): Proportion {
  if (f.numerator === undefined || f.denominator === undefined)
    throw new Error(`Chart "ipsinpain-employment": figure "${f.id}" needs a numerator and a denominator (${f.origin.file}, line ${f.origin.line}).`);
  return { events: f.numerator, total: f.denominator };
}

export function ipsinpainEmployment(e: Evidence, lang: Lang): ChartSpec {
  const s = words(lang);
  const arms: ArmRow[] = ARMS.map((a) => {
    const count = figure(e, a.count);
    return { key: a.key, label: s.arms[a.key], rate: figure(e, a.rate), count, analysed: figure(e, a.analysed), ci: wilsonInterval(proportion(count)) };
  });
  const [ips, control] = arms as [ArmRow, ArmRow];
  const diff = riskDifference(proportion(ips.count), proportion(control.count));
  const decimals = Math.max(ips.rate.decimals, control.rate.decimals);
  const pct = (f: Figure) => formatPercent(f.value, lang, f.decimals);
  const ciText = (i: Interval) => formatInterval(100 * i.low, 100 * i.high, lang, decimals);
  const signed = (v: number) => `${v > 0 ? '+' : ''}${formatNumber(v, lang, decimals)}`;
  const diffCi = messages(lang).format.interval(signed(100 * diff.low), signed(100 * diff.high));
  const crosses = diff.low < 0 && diff.high > 0;
  const when = formatTimepoint(ips.rate.timepoint ?? '', lang);
  const fraction = (f: Figure) => `${f.numerator}/${f.denominator}`;
  const counts = listOf([fraction(ips.count), fraction(control.count)], lang);
  const cite = (f: Figure) => shortCitation(source(e, f.source), lang);
  const armTitle = (a: ArmRow) =>
    `${a.label} · ${s.employed}, ${when}: ${pct(a.rate)} (${s.ci} ${ciText(a.ci)}; Wilson, ${s.fittedShort} ${fraction(a.count)})`;

  const percentPlot: Plot.PlotOptions = {
    // Room per arm for its name above, the interval, and the values under it.
    ...rowsFrame({ labels: arms.map((a) => a.label), rowStep: 104, padding: 0.4, marginTop: 30, marginBottom: 56, x: percentAxis(s.axis, lang) }),
    marks: arms.flatMap((arm) => {
      // Each arm's marks carry its story step; its interval carries the step that shows the uncertainty.
      const step = `step-${arm.key}`;
      const ci = 'step-ci';
      const one = [arm];
      return [
        Plot.text(one, {
          frameAnchor: 'left',
          y: 'label',
          text: 'label',
          dy: -28,
          dx: -8,
          textAnchor: 'start',
          fill: 'currentColor',
          fontWeight: 600,
          className: step,
        }),
        // The Wilson interval as a bar with end ticks, the published percentage as the dot.
        Plot.link(one, {
          x1: (a: ArmRow) => 100 * a.ci.low,
          x2: (a: ArmRow) => 100 * a.ci.high,
          y1: 'label',
          y2: 'label',
          stroke: palette[arm.key],
          strokeWidth: 3,
          className: ci,
        }),
        Plot.tickX(one, { x: (a: ArmRow) => 100 * a.ci.low, y: 'label', stroke: palette[arm.key], strokeWidth: 2, inset: 8, className: ci }),
        Plot.tickX(one, { x: (a: ArmRow) => 100 * a.ci.high, y: 'label', stroke: palette[arm.key], strokeWidth: 2, inset: 8, className: ci }),
        Plot.dot(one, {
          x: (a: ArmRow) => a.rate.value,
          y: 'label',
          r: 7,
          fill: palette[arm.key],
          stroke: 'white',
          strokeWidth: 1.5,
          title: armTitle,
          className: step,
        }),
        Plot.text(one, {
          x: (a: ArmRow) => a.rate.value,
          y: 'label',
          text: (a: ArmRow) => pct(a.rate),
          dy: 20,
          fill: 'currentColor',
          fontWeight: 600,
          className: step,
        }),
        Plot.text(one, {
          x: (a: ArmRow) => 100 * a.ci.low,
          y: 'label',
          text: (a: ArmRow) => formatNumber(100 * a.ci.low, lang, decimals),
          dy: 20,
          dx: -4,
          textAnchor: 'end',
          fill: 'currentColor',
          fontSize: CHART_SMALL_FONT_SIZE,
          className: ci,
        }),
        Plot.text(one, {
          x: (a: ArmRow) => 100 * a.ci.high,
          y: 'label',
          text: (a: ArmRow) => formatNumber(100 * a.ci.high, lang, decimals),
          dy: 20,
          dx: 4,
          textAnchor: 'start',
          fill: 'currentColor',
          fontSize: CHART_SMALL_FONT_SIZE,
          className: ci,
        }),
      ];
    }),
  };

  // A symmetric scale around 0, so "no difference" sits in the middle and neither side looks favoured.
  const bound = 10 * Math.ceil((100 * Math.max(Math.abs(diff.low), Math.abs(diff.high)) + 5) / 10);
  const diffRow = { label: s.diffRow, ...diff };
  const diffTitle = `${s.diffRow} · ${t(lang, 'ips')} − ${s.arms.control}: ${formatPoints(100 * diff.estimate, lang, decimals)} (${s.ci} ${diffCi}; Newcombe, ${s.fittedShort} ${counts})`;
  const diffPlot: Plot.PlotOptions = {
    width: CHART_WIDTH,
    height: 200,
    marginLeft: 20,
    marginRight: 24,
    marginTop: 62,
    marginBottom: 60,
    style: CHART_STYLE,
    x: valueAxis(s.diffAxis, { domain: [-bound, bound], tickFormat: (d: number) => signed(d).replace(/[.,]0+$/, '') }),
    y: { domain: [s.diffRow], axis: null },
    marks: [
      Plot.ruleX([0], { stroke: 'currentColor', strokeWidth: 1.5 }),
      ...directionLabels(s.moreControl, s.moreIps, { dy: -50, leftDx: -8, rightDx: 16 }),
      Plot.text([s.diffRow], { frameAnchor: 'top-left', text: (d: string) => d, dx: -8, dy: -24, textAnchor: 'start', fill: 'currentColor', fontWeight: 600 }),
      Plot.link([diffRow], {
        x1: (d: typeof diffRow) => 100 * d.low,
        x2: (d: typeof diffRow) => 100 * d.high,
        y1: 'label',
        y2: 'label',
        stroke: palette.intervention,
        strokeWidth: 3,
      }),
      Plot.tickX([diffRow], { x: (d: typeof diffRow) => 100 * d.low, y: 'label', stroke: palette.intervention, strokeWidth: 2, inset: 8 }),
      Plot.tickX([diffRow], { x: (d: typeof diffRow) => 100 * d.high, y: 'label', stroke: palette.intervention, strokeWidth: 2, inset: 8 }),
      Plot.dot([diffRow], {
        x: (d: typeof diffRow) => 100 * d.estimate,
        y: 'label',
        r: 7,
        symbol: 'square',
        fill: palette.intervention,
        stroke: 'white',
        strokeWidth: 1.5,
        title: () => diffTitle,
      }),
      Plot.text([diffRow], {
        x: (d: typeof diffRow) => 100 * d.estimate,
        y: 'label',
        text: (d: typeof diffRow) => signed(100 * d.estimate),
        dy: 20,
        fill: 'currentColor',
        fontWeight: 600,
      }),
      Plot.text([diffRow], {
        x: (d: typeof diffRow) => 100 * d.low,
        y: 'label',
        text: (d: typeof diffRow) => signed(100 * d.low),
        dy: 20,
        dx: -4,
        textAnchor: 'end',
        fill: 'currentColor',
        fontSize: CHART_SMALL_FONT_SIZE,
      }),
      Plot.text([diffRow], {
        x: (d: typeof diffRow) => 100 * d.high,
        y: 'label',
        text: (d: typeof diffRow) => signed(100 * d.high),
        dy: 20,
        dx: 4,
        textAnchor: 'start',
        fill: 'currentColor',
        fontSize: CHART_SMALL_FONT_SIZE,
      }),
    ],
  };

  const derived = (a: ArmRow) => `Wilson score interval from ${fraction(a.count)} (${a.count.id})`;
  return {
    id: 'ipsinpain-employment',
    lang,
    title: s.title,
    summary: s.summary(when, pct(ips.rate), pct(control.rate), diffCi, crosses),
    legend: arms.map((a) => ({ key: a.key, label: a.label })),
    views: [
      {
        id: 'percent',
        label: s.viewPercent,
        plot: percentPlot,
        table: {
          columns: [
            { label: t(lang, 'group') },
            { label: `${s.employed}, ${when}`, numeric: true },
            { label: s.fitted, numeric: true },
            { label: s.ciWilson, numeric: true },
            { label: t(lang, 'source') },
          ],
          rows: arms.map((a) => [
            { text: a.label },
            { text: pct(a.rate), figure: a.rate },
            { text: fraction(a.count), figure: a.count },
            { text: ciText(a.ci), derived: derived(a) },
            { text: cite(a.rate) },
          ]),
        },
      },
      {
        id: 'difference',
        label: s.viewDiff,
        plot: diffPlot,
        table: {
          columns: [
            { label: s.comparison },
            { label: t(lang, 'difference'), numeric: true },
            { label: s.ciNewcombe, numeric: true },
            { label: t(lang, 'source') },
          ],
          rows: [
            [
              { text: `${t(lang, 'ips')} − ${s.arms.control}` },
              { text: formatPoints(100 * diff.estimate, lang, decimals), derived: `${ips.count.id} − ${control.count.id}` },
              { text: diffCi, derived: `Newcombe hybrid score interval from ${counts}` },
              { text: cite(ips.rate) },
            ],
          ],
        },
      },
    ],
    figures: arms.flatMap((a) => [a.rate, a.count, a.analysed]),
    derivations: [s.derivation(counts)],
    steps: [
      { caption: s.stepControl(control.label, pct(control.rate)), show: ['step-control'] },
      { caption: s.stepIps(ips.label, pct(ips.rate)), show: ['step-control', 'step-intervention'] },
      { caption: s.stepCi(ips.ci.low < control.ci.high && control.ci.low < ips.ci.high), show: ['step-control', 'step-intervention', 'step-ci'] },
    ],
    notes: [s.fittedNote(counts, listOf([formatNumber(ips.analysed.value, lang), formatNumber(control.analysed.value, lang)], lang))],
  };
}

/**
 * The home page's effect chart: for each Norwegian trial, how many more percentage points
 * worked with IPS than without, side by side, with a rule at 0 (no difference). A 95% CI is
 * drawn only where one can be computed from counts (published, or fitted and marked derived);
 * where a trial published percentages only, the row says so instead of inventing an interval.
 */
import * as Plot from '@observablehq/plot';
import type { Evidence } from '../data/load.ts';
import type { Figure } from '../data/schemas.ts';
import { employedCountFor, figuresWhere, headlineComparisons, shortCitation, source, type HeadlineComparison } from '../data/evidence.ts';
import { formatFigure, formatNumber, formatPoints, formatTimepoint } from '../i18n/format.ts';
import { t, type Lang, inLang, messages } from '../i18n/index.ts';
import { differenceOfPercentages, riskDifference, type Interval, type DifferenceMethod } from '../stats/stats.ts';
import { palette } from '../styles/palette.ts';
import { measureLabel } from './measure-label.ts';
import type { ChartSpec } from './spec.ts';
import { directionLabels } from './shapes/direction-labels.ts';
import { inOverview } from '../site/site-structure.ts';
import { CHART_SMALL_FONT_SIZE, CHART_STYLE, CHART_WIDTH, valueAxis } from './frame.ts';

const words = (lang: Lang) => messages(lang).charts.overviewEffects;

/** Vertical room per trial: its name, the estimate, and a line on the interval. */
const ROW_STEP = 92;
const ROW_PADDING = 0.6;
/** The trial's name sits this far above its dot. */
const LABEL_DY = -24;

interface Row {
  c: HeadlineComparison;
  label: string;
  trial: string;
  estimate: number;
  decimals: number;
  /** Counts behind the CI, when the data has them for both arms. */
  counts?: { intervention: Figure; control: Figure; fitted: boolean };
  ci?: Interval<DifferenceMethod>;
}

const stepClass = (r: Row) => `step-${r.c.study.topic}`;

export function overviewEffects(e: Evidence, lang: Lang): ChartSpec {
  const s = words(lang);
  const comparisons = headlineComparisons(e, inOverview);
  const rows: Row[] = comparisons.map((c) => {
    const trial = inLang(c.study, 'short', lang) ?? inLang(c.study, 'name', lang);
    const when = c.intervention.timepoint ? formatTimepoint(c.intervention.timepoint, lang) : '';
    const diff = differenceOfPercentages(c.intervention.value, c.control.value);
    const ci = employedCountFor(e, c.intervention);
    const cc = employedCountFor(e, c.control);
    const row: Row = {
      c,
      trial,
      label: when ? `${trial}, ${when}` : trial,
      estimate: diff.estimate,
      decimals: Math.max(c.intervention.decimals, c.control.decimals),
    };
    if (ci && cc) {
      row.counts = { intervention: ci, control: cc, fitted: ci.status === 'derived' || cc.status === 'derived' };
      row.ci = riskDifference({ events: ci.numerator!, total: ci.denominator! }, { events: cc.numerator!, total: cc.denominator! });
    }
    return row;
  });

  const signed = (v: number, d: number) => `${v > 0 ? '+' : ''}${formatNumber(v, lang, d)}`;
  const ciText = (r: Row) => (r.ci ? messages(lang).format.interval(signed(100 * r.ci.low, r.decimals), signed(100 * r.ci.high, r.decimals)) : '');
  const fraction = (f: Figure) => `${f.numerator}/${f.denominator}`;
  const ciBasis = (r: Row) => (r.counts ? (r.counts.fitted ? s.ciFitted : s.ciPublished) : s.noCi);
  const valueLabel = (r: Row) => signed(r.estimate, r.decimals);
  const title = (r: Row) =>
    `${r.label} · ${t(lang, 'difference')}: ${formatPoints(r.estimate, lang, r.decimals)}${
      r.ci && r.counts
        ? ` (${s.ci} ${ciText(r)}; Newcombe, ${fraction(r.counts.intervention)} ${s.versus} ${fraction(r.counts.control)}${r.counts.fitted ? `, ${t(lang, 'statusDerived')}` : ''})`
        : ` (${s.noCi})`
    }`;

  const lows = rows.map((r) => (r.ci ? 100 * r.ci.low : r.estimate));
  const highs = rows.map((r) => (r.ci ? 100 * r.ci.high : r.estimate));
  const xMin = Math.min(0, 10 * Math.floor((Math.min(...lows) - 3) / 10));
  const xMax = 10 * Math.ceil((Math.max(...highs) + 3) / 10);
  const withCi = rows.filter((r) => r.ci);

  // Row geometry, so the rule at 0 can stop short of each trial's name (a band scale: rows.length
  // bands with padding ROW_PADDING inside and out, as Plot computes it).
  const marginTop = 50;
  const marginBottom = 56;
  const height = ROW_STEP * (rows.length + ROW_PADDING) + marginTop + marginBottom;
  const halfBand = (ROW_STEP * (1 - ROW_PADDING)) / 2;
  const plot: Plot.PlotOptions = {
    width: CHART_WIDTH,
    height,
    marginLeft: 20,
    marginRight: 24,
    marginTop,
    marginBottom,
    style: CHART_STYLE,
    x: valueAxis(s.axis, { domain: [xMin, xMax], tickFormat: (d: number) => signed(d, 0) }),
    y: { type: 'band', domain: rows.map((r) => r.label), axis: null, padding: ROW_PADDING },
    marks: [
      // The rule at 0 (no difference), broken only where a trial's name is written across it:
      // each piece runs from under a row's name to above the next row's name (or to the axis).
      Plot.ruleX(rows.slice(0, -1), {
        x: () => 0,
        y1: 'label',
        y2: 'label',
        stroke: 'currentColor',
        strokeWidth: 1.5,
        insetTop: halfBand - (-LABEL_DY - 10),
        insetBottom: halfBand - (ROW_STEP + LABEL_DY - 11),
      }),
      Plot.ruleX(rows.slice(-1), {
        x: () => 0,
        y1: 'label',
        y2: 'label',
        stroke: 'currentColor',
        strokeWidth: 1.5,
        insetTop: halfBand - (-LABEL_DY - 10),
        insetBottom: -ROW_STEP * ROW_PADDING,
      }),
      ...directionLabels(s.moreControl, s.moreIps, { dy: -40, leftDx: -8, rightDx: 12 }),
      // Each trial's name on its own line, its value at the right of the same line.
      Plot.text(rows, { frameAnchor: 'left', y: 'label', text: 'label', dy: LABEL_DY, dx: -8, textAnchor: 'start', fill: 'currentColor', fontWeight: 600 }),
      // Each trial's marks carry its own story step, so a presenter can add the trials one by one.
      ...rows.flatMap((r) => {
        const className = stepClass(r);
        const one = [r];
        return [
          Plot.text(one, {
            frameAnchor: 'right',
            y: 'label',
            text: valueLabel,
            dy: LABEL_DY,
            dx: 12,
            textAnchor: 'end',
            fill: 'currentColor',
            fontWeight: 600,
            className,
          }),
          ...(r.ci
            ? [
                Plot.link(one, { x1: 100 * r.ci.low, x2: 100 * r.ci.high, y1: 'label', y2: 'label', stroke: palette.intervention, strokeWidth: 3, className }),
                Plot.tickX(one, { x: 100 * r.ci.low, y: 'label', stroke: palette.intervention, strokeWidth: 2, inset: 4, className }),
                Plot.tickX(one, { x: 100 * r.ci.high, y: 'label', stroke: palette.intervention, strokeWidth: 2, inset: 4, className }),
                // The interval's ends, beside its end ticks.
                Plot.text(one, {
                  x: 100 * r.ci.low,
                  y: 'label',
                  text: () => signed(100 * r.ci!.low, r.decimals),
                  dx: -6,
                  textAnchor: 'end',
                  fill: 'currentColor',
                  fontSize: CHART_SMALL_FONT_SIZE,
                  className,
                }),
                Plot.text(one, {
                  x: 100 * r.ci.high,
                  y: 'label',
                  text: () => signed(100 * r.ci!.high, r.decimals),
                  dx: 6,
                  textAnchor: 'start',
                  fill: 'currentColor',
                  fontSize: CHART_SMALL_FONT_SIZE,
                  className,
                }),
              ]
            : []),
          Plot.dot(one, { x: 'estimate', y: 'label', r: 7, fill: palette.intervention, stroke: 'white', strokeWidth: 1.5, title, className }),
          // Under the row, in small type: what the interval is, or why there is none.
          Plot.text(one, {
            frameAnchor: 'right',
            y: 'label',
            text: ciBasis,
            dy: 22,
            dx: 12,
            textAnchor: 'end',
            fill: 'currentColor',
            fontSize: CHART_SMALL_FONT_SIZE,
            className,
          }),
        ];
      }),
    ],
  };

  const fittedRows = withCi.filter((r) => r.counts?.fitted).map((r) => r.trial);
  const lo = rows.reduce((a, b) => (b.estimate < a.estimate ? b : a));
  const hi = rows.reduce((a, b) => (b.estimate > a.estimate ? b : a));
  const summary = s.summary(
    rows.length,
    rows.filter((r) => r.estimate > 0).length,
    formatNumber(lo.estimate, lang, lo.decimals),
    formatPoints(hi.estimate, lang, hi.decimals, true).replace(/^\+/, ''),
    withCi.map((r) => r.trial),
    withCi.length > 0 && withCi.every((r) => r.ci!.low < 0 && r.ci!.high > 0),
  );
  // A published ratio with its CI exists for some trials (e.g. SEED's odds ratio): say so, since
  // a reader may wonder why that trial has no interval here.
  const ratioNotes = rows.flatMap((r) => {
    if (r.ci) return [];
    const ratios = figuresWhere(e, { study: r.c.study.key }).filter(
      (f) => f.unit === 'ratio' && f.ci_low !== undefined && f.group === r.c.intervention.group && f.timepoint === r.c.intervention.timepoint,
    );
    return ratios.map((f) => s.ratioNote(r.trial, s.ratio(measureLabel(e, f.measure, lang), formatFigure(f, lang))));
  });
  const disagreements = [...e.discrepancies.values()]
    .filter((d) => rows.some((r) => d.figures?.includes(r.c.intervention.id) && d.figures?.includes(r.c.control.id)))
    .map((d) => inLang(d, 'note', lang));
  const cite = (f: Figure) => shortCitation(source(e, f.source), lang);
  return {
    id: 'overview-effects',
    lang,
    title: s.title(rows.length),
    summary,
    legend: [{ key: 'intervention', label: s.legendDot }],
    views: [
      {
        id: 'difference',
        label: t(lang, 'difference'),
        plot,
        table: {
          columns: [
            { label: t(lang, 'trial') },
            { label: t(lang, 'outcome') },
            { label: t(lang, 'difference'), numeric: true },
            { label: s.ci, numeric: true },
            { label: t(lang, 'source') },
          ],
          rows: rows.map((r) => [
            { text: r.label },
            { text: measureLabel(e, r.c.intervention.measure, lang) },
            { text: formatPoints(r.estimate, lang, r.decimals), derived: `${r.c.intervention.id} − ${r.c.control.id}` },
            r.ci && r.counts
              ? {
                  text: `${ciText(r)} (${fraction(r.counts.intervention)}, ${fraction(r.counts.control)})`,
                  derived: `Newcombe hybrid score interval from ${r.counts.intervention.id} and ${r.counts.control.id}`,
                }
              : { text: s.noCi },
            { text: cite(r.c.intervention) },
          ]),
        },
      },
    ],
    figures: rows.flatMap((r) => [r.c.intervention, r.c.control, ...(r.counts ? [r.counts.intervention, r.counts.control] : [])]),
    steps: rows.map((r, i) => ({
      caption: s.step(r.trial, formatPoints(r.estimate, lang, r.decimals, true)),
      show: rows.slice(0, i + 1).map(stepClass),
    })),
    derivations: [s.derivation(fittedRows.length ? s.fittedNote(fittedRows.join(', ')) : '')],
    notes: [s.outcomeNote, ...ratioNotes, ...disagreements],
  };
}

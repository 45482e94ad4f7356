/**
 * L'Abbé plot of the IPS trials: each trial's employment rate with IPS (up) against its rate in
 * the comparison group (across), a circle sized by the trial's participants. A trial above the
 * diagonal (the line of no effect) did better with IPS. The pooled risk ratio is drawn as the
 * line IPS = RR × comparison, and the unweighted means of the two arms' rates are marked as
 * what they are: a description of the trials, not a pooled estimate.
 */
import * as Plot from '@observablehq/plot';
import type { Evidence } from '../data/load.ts';
import { computedFigure } from '../data/evidence.ts';
import type { Figure } from '../data/schemas.ts';
import { formatFigure, formatNumber, formatPercent } from '../i18n/format.ts';
import { type Lang, messages } from '../i18n/index.ts';
import { unweightedArmMeans } from '../stats/meta-analysis.ts';
import { palette } from '../styles/palette.ts';
import { CHART_SMALL_FONT_SIZE, CHART_STYLE, CHART_WIDTH, percentAxis } from './frame.ts';
import { ipsPool, methodText, ratio, trialCitation } from './ips-pool.ts';
import type { ChartSpec, DataTable, StoryStep, TableCell } from './spec.ts';

const words = (lang: Lang) => messages(lang).charts.ipsLabbe;

/** Trials are labelled on the plot while there are few enough to read; the table has them all. */
const LABEL_UP_TO = 12;

export function ipsLabbe(e: Evidence, lang: Lang): ChartSpec {
  const s = words(lang);
  const { trials, pooled, figures } = ipsPool(e, lang);
  if (trials.length === 0) throw new Error('ips-labbe: no trial has counts per arm yet (data/README.md, "Trials in the site\'s meta-analysis").');
  // Positions are the rates the trials published (their headline rows); where counts were
  // derived from those rates they round back to them only approximately.
  const shown = (f: Figure) => formatFigure(f, lang);
  const points = trials.map((t) => ({
    label: t.label,
    x: t.controlArm.headline.value,
    y: t.ipsArm.headline.value,
    n: t.ips.total + t.control.total,
    title: s.trialTitle(t.label, shown(t.ipsArm.headline), shown(t.controlArm.headline), formatNumber(t.ips.total + t.control.total, lang)),
  }));
  const means = unweightedArmMeans(trials.map((t) => ({ ips: t.ipsArm.headline.value, control: t.controlArm.headline.value })));
  const meanPoint = {
    x: means.controlPercent,
    y: means.ipsPercent,
    title: s.meanTitle(formatPercent(means.ipsPercent, lang), formatPercent(means.controlPercent, lang), means.k),
  };
  const top = Math.min(100, Math.ceil((Math.max(...points.map((p) => p.y), ...points.map((p) => p.x)) + 15) / 10) * 10);
  const maxN = Math.max(...points.map((p) => p.n));
  const rr = pooled?.rr.estimate;
  // The pooled line IPS = RR × comparison, from 0 until it leaves the square.
  const pooledLine =
    rr === undefined
      ? []
      : [
          { x: 0, y: 0 },
          { x: Math.min(top, top / rr), y: Math.min(top, top * rr) },
        ];

  const marks: Plot.Markish[] = [
    Plot.line(
      [
        { x: 0, y: 0 },
        { x: top, y: top },
      ],
      { x: 'x', y: 'y', stroke: 'currentColor', strokeOpacity: 0.7, strokeWidth: 1.5, title: () => s.noEffect, className: 'step-trials' },
    ),
    Plot.text([{ x: top * 0.93, y: top * 0.93 }], {
      x: 'x',
      y: 'y',
      text: () => s.noEffect,
      dy: 14,
      dx: 4,
      textAnchor: 'end',
      rotate: 0,
      fill: 'currentColor',
      fontSize: CHART_SMALL_FONT_SIZE,
      className: 'step-trials',
    }),
    Plot.dot(points, {
      x: 'x',
      y: 'y',
      // Area ∝ participants: radius from 4 to 16 px.
      r: (p: (typeof points)[number]) => 4 + 12 * Math.sqrt(p.n / maxN),
      fill: palette.intervention,
      fillOpacity: 0.55,
      stroke: palette.intervention,
      strokeWidth: 1.5,
      title: 'title',
      className: 'step-trials',
    }),
    ...(points.length <= LABEL_UP_TO
      ? [Plot.text(points, { x: 'x', y: 'y', text: 'label', dy: -20, fill: 'currentColor', fontSize: CHART_SMALL_FONT_SIZE, className: 'step-trials' })]
      : []),
    Plot.dot([meanPoint], { x: 'x', y: 'y', symbol: 'cross', r: 8, fill: 'currentColor', stroke: 'none', title: 'title', className: 'step-mean' }),
    Plot.text([meanPoint], {
      x: 'x',
      y: 'y',
      text: () => s.meanShort,
      dx: 12,
      textAnchor: 'start',
      fill: 'currentColor',
      fontWeight: 700,
      fontSize: CHART_SMALL_FONT_SIZE,
      className: 'step-mean',
    }),
  ];
  if (rr !== undefined)
    marks.push(
      Plot.line(pooledLine, {
        x: 'x',
        y: 'y',
        stroke: 'currentColor',
        strokeDasharray: '6,4',
        strokeWidth: 2,
        title: () => s.lineTitle(ratio(rr, lang)),
        className: 'step-pooled',
      }),
      Plot.text([pooledLine[1]!], {
        x: 'x',
        y: 'y',
        text: () => s.pooledLine(ratio(rr, lang)),
        dy: 12,
        dx: -6,
        textAnchor: 'end',
        fill: 'currentColor',
        fontSize: CHART_SMALL_FONT_SIZE,
        className: 'step-pooled',
      }),
    );

  const cell = (f: Figure): TableCell => ({ text: shown(f), figure: f });
  const counts = (t: (typeof trials)[number]): TableCell => ({
    text: `${formatNumber(t.ips.events, lang)}/${formatNumber(t.ips.total, lang)} · ${formatNumber(t.control.events, lang)}/${formatNumber(t.control.total, lang)}`,
    figure: t.ipsArm.countRow,
  });
  const table: DataTable = {
    columns: [
      { label: s.columns.trial },
      { label: s.columns.control, numeric: true },
      { label: s.columns.ips, numeric: true },
      { label: s.columns.counts, numeric: true },
      { label: s.columns.source },
    ],
    rows: [
      ...trials.map((t): TableCell[] => [
        { text: t.label },
        cell(t.controlArm.headline),
        cell(t.ipsArm.headline),
        counts(t),
        { text: trialCitation(e, t, lang) },
      ]),
      [
        { text: s.meanRow(means.k) },
        { text: formatPercent(means.controlPercent, lang, 1), derived: s.derivedMean },
        { text: formatPercent(means.ipsPercent, lang, 1), derived: s.derivedMean },
        { text: '' },
        { text: '' },
      ],
    ],
  };
  const meanFigures = (['ips', 'control'] as const).map((arm) =>
    computedFigure({
      id: `ips-unweighted-mean-${arm}`,
      measure: 'competitive-employment',
      group: arm,
      unit: 'percent',
      value: Number((arm === 'ips' ? means.ipsPercent : means.controlPercent).toFixed(4)),
      decimals: 4,
      method: `unweighted mean of the ${arm === 'ips' ? 'IPS' : 'comparison'} arms' published rates of ${means.k} trials, not a pooled estimate, from ${trials.map((t) => (arm === 'ips' ? t.ipsArm : t.controlArm).headline.id).join(', ')}`,
    }),
  );
  const above = points.filter((p) => p.y > p.x).length;
  const steps: StoryStep[] = [
    { caption: s.stepTrials, show: ['step-trials'] },
    { caption: s.stepMean, show: ['step-trials', 'step-mean'] },
    ...(rr !== undefined ? [{ caption: s.stepPooled(ratio(rr, lang)), show: ['step-trials', 'step-mean', 'step-pooled'] }] : []),
  ];
  return {
    id: 'ips-labbe',
    lang,
    title: s.title,
    summary: s.summary(above, points.length, formatPercent(means.ipsPercent, lang), formatPercent(means.controlPercent, lang)),
    // The unweighted mean is drawn as a cross in the text colour and labelled on the chart.
    legend: [{ key: 'intervention', label: s.legend }],
    views: [
      {
        id: 'trials',
        label: s.view,
        plot: {
          width: CHART_WIDTH,
          height: CHART_WIDTH,
          marginLeft: 66,
          marginRight: 16,
          marginTop: 16,
          marginBottom: 52,
          style: CHART_STYLE,
          x: percentAxis(s.x, lang, { domain: [0, top] }),
          y: { ...percentAxis(s.y, lang, { domain: [0, top] }), labelAnchor: 'center', labelOffset: 56 },
          r: { type: 'identity' },
          marks,
        },
        table,
      },
    ],
    figures: [...figures, ...meanFigures],
    derivations: [s.derivedMean.charAt(0).toUpperCase() + s.derivedMean.slice(1) + '.', methodText(lang)],
    notes: [s.note],
    steps,
  };
}

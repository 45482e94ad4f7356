/**
 * SEED (Sveinsdottir et al. 2020): competitive employment within 12 months for young adults
 * at risk of early work disability, IPS against traditional vocational rehabilitation in a
 * sheltered setting, with the published odds ratio and its 95% CI.
 */
import * as Plot from '@observablehq/plot';
import type { Evidence } from '../data/load.ts';
import type { Figure } from '../data/schemas.ts';
import { figure, shortCitation, source } from '../data/evidence.ts';
import { formatFigure, formatNumber, formatPercent, formatPoints, formatTimepoint } from '../i18n/format.ts';
import { inLang, t, type Lang, messages } from '../i18n/index.ts';
import { capitalise } from '../i18n/text.ts';
import { differenceOfPercentages } from '../stats/stats.ts';
import { palette } from '../styles/palette.ts';
import { dumbbellSteps } from './shapes/dumbbell.ts';
import { armBarsPlot, type ArmBar } from './shapes/labelled-rows.ts';
import type { ChartSpec } from './spec.ts';
import { directionLabels } from './shapes/direction-labels.ts';
import { CHART_STYLE, CHART_WIDTH, percentAxis } from './frame.ts';

const IDS = { ips: 'seed-employment-ips', control: 'seed-employment-control', or: 'seed-employment-or' } as const;

const words = (lang: Lang) => messages(lang).charts.seedEmployment;

export function seedEmployment(e: Evidence, lang: Lang): ChartSpec {
  const s = words(lang);
  const ips = figure(e, IDS.ips);
  const control = figure(e, IDS.control);
  const or = figure(e, IDS.or);
  const diff = differenceOfPercentages(ips.value, control.value);
  const decimals = Math.max(ips.decimals, control.decimals);
  const pct = (f: Figure) => formatPercent(f.value, lang, f.decimals);
  const orText = formatFigure(or, lang);
  const when = formatTimepoint(ips.timepoint ?? '', lang);
  const cite = (f: Figure) => shortCitation(source(e, f.source), lang);
  const bars: ArmBar[] = [
    { label: s.ips, key: 'intervention', f: ips },
    { label: s.controlShort, key: 'control', f: control },
  ];

  // The comparison first, then IPS (the story steps); the published odds ratio under the axis.
  const percentPlot = armBarsPlot(bars, {
    x: percentAxis(s.axis, lang),
    value: pct,
    title: (d) => `${d.label} · ${t(lang, 'employed')}, ${when}: ${pct(d.f)}`,
    note: s.orNote(orText),
  });

  const orTicks = [0.5, 1, 2, 5, 10, 20, 50];
  const orDomain: [number, number] = [0.5, 60];
  const orPlot: Plot.PlotOptions = {
    width: CHART_WIDTH,
    height: 190,
    marginLeft: 20,
    marginRight: 24,
    marginTop: 56,
    marginBottom: 60,
    style: CHART_STYLE,
    x: {
      type: 'log',
      domain: orDomain,
      ticks: orTicks,
      tickFormat: (d: number) => formatNumber(d, lang, d < 1 ? 1 : 0),
      label: s.orAxis,
      labelAnchor: 'center',
      labelArrow: 'none',
      labelOffset: 40,
      grid: true,
    },
    y: { domain: [s.orRow], axis: null },
    marks: [
      Plot.ruleX([1], { stroke: 'currentColor', strokeWidth: 1.5 }),
      // Which side favours which arm, at the two ends of the scale (the rule at 1 is near the left edge).
      ...directionLabels(s.favoursControl, s.favoursIps, { dy: -44, leftDx: -12, rightDx: 16 }),
      Plot.text([s.orRow], {
        frameAnchor: 'top-left',
        text: (d: string) => `${d}, ${when}`,
        dx: -12,
        dy: -18,
        textAnchor: 'start',
        fill: 'currentColor',
        fontWeight: 600,
      }),
      Plot.link([or], { x1: 'ci_low', x2: 'ci_high', y1: () => s.orRow, y2: () => s.orRow, stroke: palette.intervention, strokeWidth: 3 }),
      Plot.dot([or], {
        x: 'value',
        y: () => s.orRow,
        r: 7,
        symbol: 'square',
        fill: palette.intervention,
        stroke: 'white',
        strokeWidth: 1.5,
        title: () => `${s.orRow} · ${s.orLabel}: ${orText}`,
      }),
      Plot.text([or], {
        x: 'value',
        y: () => s.orRow,
        text: () => formatNumber(or.value, lang, or.decimals),
        dy: 20,
        fill: 'currentColor',
        fontWeight: 600,
      }),
    ],
  };

  const sourceCol = { label: t(lang, 'source') };
  return {
    id: 'seed-employment',
    lang,
    title: s.title,
    summary: s.summary(when, pct(ips), pct(control), orText, (or.ci_low ?? 0) > 1),
    legend: [
      { key: 'intervention', label: s.ips },
      { key: 'control', label: s.control },
    ],
    views: [
      {
        id: 'percent',
        label: s.viewPercent,
        plot: percentPlot,
        table: {
          columns: [{ label: t(lang, 'group') }, { label: `${t(lang, 'employed')}, ${when}`, numeric: true }, sourceCol],
          rows: [
            [{ text: s.ips }, { text: pct(ips), figure: ips }, { text: cite(ips) }],
            [{ text: s.control }, { text: pct(control), figure: control }, { text: cite(control) }],
            [{ text: t(lang, 'difference') }, { text: formatPoints(diff.estimate, lang, decimals), derived: `${ips.id} − ${control.id}` }, { text: cite(ips) }],
            [{ text: s.orLabel }, { text: orText, figure: or }, { text: cite(or) }],
          ],
        },
      },
      {
        id: 'odds-ratio',
        label: s.viewOr,
        plot: orPlot,
        table: {
          columns: [{ label: s.measure }, { label: t(lang, 'value'), numeric: true }, sourceCol],
          rows: [[{ text: `${s.orLabel}, ${s.orRow.toLowerCase()}, ${when}` }, { text: orText, figure: or }, { text: cite(or) }]],
        },
      },
    ],
    figures: [ips, control, or],
    steps: dumbbellSteps(lang, { intervention: s.ips, control: s.control }),
    derivations: [s.derivation(formatPoints(diff.estimate, lang, decimals))],
    notes: [...new Set([inLang(ips, 'note', lang), inLang(control, 'note', lang)].filter((n): n is string => Boolean(n)))].map((n) => `${capitalise(n)}.`),
  };
}

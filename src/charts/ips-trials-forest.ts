/**
 * The site's own meta-analysis of the IPS trials: one row per trial (employed/randomised per
 * arm, risk ratio with its 95% CI, weight), the pooled risk ratio as a diamond (REML τ²,
 * Hartung–Knapp–Sidik–Jonkman interval) and the 95% prediction interval on a row of its own.
 * Further views split the trials by a grouping of `synthesis` in studies.yaml (where the trial
 * ran, what the comparison group was offered), each group pooled when it has two trials or more.
 */
import type { Evidence } from '../data/load.ts';
import type { Figure } from '../data/schemas.ts';
import { formatNumber, formatTimepoint } from '../i18n/format.ts';
import { type Lang, messages, type Messages } from '../i18n/index.ts';
import { naturalFrequencies, subgroups, type PooledRiskRatio } from '../stats/meta-analysis.ts';
import { SYNTHESIS_GROUPINGS, type PooledTrial, type SynthesisGrouping } from '../stats/synthesis.ts';
import { approximateCounts, ipsPool, ciWords, methodText, pooledFigures, ratio, ratioWithCi, trialCitation } from './ips-pool.ts';
import { pooledForestPlot, type PooledForestRow } from './shapes/pooled-forest.ts';
import type { ChartSpec, ChartView, DataTable, StoryStep, TableCell } from './spec.ts';

const words = (lang: Lang) => messages(lang).charts.ipsTrialsForest;

type Strings = Messages['charts']['ipsTrialsForest'];

const fraction = (p: { events: number; total: number }, lang: Lang) => `${formatNumber(p.events, lang)}/${formatNumber(p.total, lang)}`;
const pValue = (p: number, lang: Lang) => (p < 0.001 ? `< ${formatNumber(0.001, lang, 3)}` : `= ${formatNumber(p, lang, p < 0.01 ? 3 : 2)}`);

function trialRow(tr: PooledTrial, pooled: PooledRiskRatio, lang: Lang, group?: string): PooledForestRow {
  const s = words(lang);
  const row = pooled.trials.find((r) => r.trial.id === tr.id)!;
  const maxWeight = Math.max(...pooled.trials.map((r) => r.weightPercent));
  const w = formatNumber(row.weightPercent, lang, 0);
  const when = tr.ipsArm.headline.timepoint ? formatTimepoint(tr.ipsArm.headline.timepoint, lang) : '';
  return {
    kind: 'trial',
    label: tr.label,
    valueText: ratioWithCi(row.rr, lang),
    detail: s.detail(fraction(tr.ips, lang), fraction(tr.control, lang), when),
    side: s.weight(w),
    estimate: row.rr.estimate,
    low: row.rr.low,
    high: row.rr.high,
    // Area ∝ weight, from 3 px to 9 px half-size.
    size: 3 + 6 * Math.sqrt(row.weightPercent / maxWeight),
    ...(group ? { group } : {}),
    title: s.rrTitle(tr.label, ciWords(row.rr, lang), fraction(tr.ips, lang), fraction(tr.control, lang), w),
    step: 'step-trials',
  };
}

function pooledRow(pooled: PooledRiskRatio, label: string, lang: Lang, group?: string): PooledForestRow {
  const s = words(lang);
  return {
    kind: 'pooled',
    label,
    shortLabel: s.pooledShort(pooled.k),
    valueText: ratioWithCi(pooled.rr, lang),
    estimate: pooled.rr.estimate,
    low: pooled.rr.low,
    high: pooled.rr.high,
    ...(group ? { group } : {}),
    title: s.pooledTitle(label, ciWords(pooled.rr, lang)),
    step: 'step-pooled',
  };
}

function predictionRow(pooled: PooledRiskRatio, lang: Lang, group?: string): PooledForestRow[] {
  if (!pooled.prediction) return [];
  const s = words(lang);
  const lo = ratio(pooled.prediction.low, lang);
  const hi = ratio(pooled.prediction.high, lang);
  return [
    {
      kind: 'prediction',
      label: s.prediction,
      shortLabel: s.predictionShort,
      valueText: s.predictionText(lo, hi),
      estimate: pooled.rr.estimate,
      low: pooled.prediction.low,
      high: pooled.prediction.high,
      ...(group ? { group } : {}),
      title: s.predictionTitle(lo, hi),
      step: 'step-prediction',
    },
  ];
}

function tableOf(
  e: Evidence,
  trials: readonly PooledTrial[],
  pooled: PooledRiskRatio,
  lang: Lang,
  groups: Array<{ label: string; pooled: PooledRiskRatio }>,
): DataTable {
  const s = words(lang);
  const derived = (text: string, how: string): TableCell => ({ text, derived: how });
  const countCell = (f: Figure, p: { events: number; total: number }): TableCell => ({ text: fraction(p, lang), figure: f });
  const pooledLine = (label: string, p: PooledRiskRatio): TableCell[] => [
    { text: label },
    {
      text: formatNumber(
        p.trials.reduce((a, r) => a + r.trial.ips.total, 0),
        lang,
      ),
    },
    {
      text: formatNumber(
        p.trials.reduce((a, r) => a + r.trial.control.total, 0),
        lang,
      ),
    },
    derived(ratioWithCi(p.rr, lang), s.derivedPooled),
    { text: s.weight('100') },
    { text: s.computedHere },
  ];
  return {
    columns: [
      { label: s.columns.trial },
      { label: s.columns.ips, numeric: true },
      { label: s.columns.control, numeric: true },
      { label: s.columns.rr, numeric: true },
      { label: s.columns.weight, numeric: true },
      { label: s.columns.source },
    ],
    rows: [
      ...trials.map((tr): TableCell[] => {
        const row = pooled.trials.find((r) => r.trial.id === tr.id)!;
        return [
          { text: tr.label },
          countCell(tr.ipsArm.countRow, tr.ips),
          countCell(tr.controlArm.countRow, tr.control),
          derived(ratioWithCi(row.rr, lang), s.derivedRr),
          derived(s.weight(formatNumber(row.weightPercent, lang, 1)), s.derivedWeight),
          { text: trialCitation(e, tr, lang) },
        ];
      }),
      ...groups.map((g) => pooledLine(g.label, g.pooled)),
      pooledLine(s.pooled(pooled.k), pooled),
      ...(pooled.prediction
        ? [
            [
              { text: s.prediction },
              { text: '' },
              { text: '' },
              derived(s.predictionText(ratio(pooled.prediction.low, lang), ratio(pooled.prediction.high, lang)), s.derivedPrediction),
              { text: '' },
              { text: s.computedHere },
            ],
          ]
        : []),
    ],
  };
}

/** A view that lists trials under the groups of one grouping, each group pooled if it can be. */
function groupedView(
  e: Evidence,
  trials: readonly PooledTrial[],
  pooled: PooledRiskRatio,
  grouping: SynthesisGrouping,
  lang: Lang,
): { view: ChartView; figures: Figure[] } {
  const s = words(lang);
  const split = subgroups(trials, grouping);
  // Groups in the order the schema lists their values, so a view reads the same every build.
  const order = Object.keys(s.groups[grouping]);
  split.sort((a, b) => order.indexOf(a.group) - order.indexOf(b.group));
  const rows: PooledForestRow[] = [];
  const figures: Figure[] = [];
  const tableGroups: Array<{ label: string; pooled: PooledRiskRatio }> = [];
  for (const g of split) {
    const heading = s.groups[grouping][g.group] ?? g.group;
    for (const tr of g.trials) rows.push(trialRow(tr as PooledTrial, pooled, lang, heading));
    if (g.pooled) {
      rows.push(pooledRow(g.pooled, s.pooledGroup(g.pooled.k), lang, heading));
      tableGroups.push({ label: `${heading}: ${s.pooledGroup(g.pooled.k)}`, pooled: g.pooled });
      figures.push(...pooledFigures(`ips-pooled-${grouping}-${g.group}`, g.pooled, g.trials as PooledTrial[], `pooled risk ratio, ${grouping} ${g.group}`));
    }
  }
  rows.push(pooledRow(pooled, s.pooled(pooled.k), lang, s.allHeading), ...predictionRow(pooled, lang, s.allHeading));
  const ordered = split.flatMap((g) => g.trials as PooledTrial[]);
  return {
    view: {
      id: grouping,
      label: s.views[grouping],
      plot: pooledForestPlot(rows, { lang, axisLabel: s.axis }),
      table: tableOf(e, ordered, pooled, lang, tableGroups),
    },
    figures,
  };
}

function summaryOf(s: Strings, pooled: PooledRiskRatio, lang: Lang): string {
  const n = formatNumber(pooled.participants, lang);
  const [rr, lo, hi] = [pooled.rr.estimate, pooled.rr.low, pooled.rr.high].map((x) => ratio(x, lang)) as [string, string, string];
  const favouring = pooled.trials.filter((r) => r.rr.low > 1).length;
  const head =
    pooled.rr.low > 1
      ? s.summaryAbove(pooled.k, n, rr, lo, hi)
      : pooled.rr.high < 1
        ? s.summaryBelow(pooled.k, n, rr, lo, hi)
        : s.summaryUnclear(pooled.k, n, rr, lo, hi, favouring);
  return pooled.prediction ? head + s.summaryPi(ratio(pooled.prediction.low, lang), ratio(pooled.prediction.high, lang)) : head;
}

export function ipsTrialsForest(e: Evidence, lang: Lang): ChartSpec {
  const s = words(lang);
  const { trials, pooled, figures } = ipsPool(e, lang);
  const base = { id: 'ips-trials-forest', lang, title: s.title, legend: [{ key: 'intervention' as const, label: s.legend }] };
  if (!pooled) {
    // Fewer than two trials with counts: show the trials alone, say why there is no pool.
    throw new Error(`ips-trials-forest: ${s.summaryNone(trials.length)} Add counts (data/README.md, "Trials in the site's meta-analysis").`);
  }
  const rows: PooledForestRow[] = [
    ...trials.map((tr) => trialRow(tr, pooled, lang)),
    pooledRow(pooled, s.pooled(pooled.k), lang),
    ...predictionRow(pooled, lang),
  ];
  const all: ChartView = {
    id: 'all',
    label: s.views.all,
    plot: pooledForestPlot(rows, { lang, axisLabel: s.axis }),
    table: tableOf(e, trials, pooled, lang, []),
  };
  // A grouping is offered as a view once the trials fall into at least two of its groups.
  const grouped = SYNTHESIS_GROUPINGS.filter((g) => new Set(trials.map((tr) => tr.groups[g])).size >= 2).map((g) => groupedView(e, trials, pooled, g, lang));

  const freq = naturalFrequencies(pooled);
  const approx = approximateCounts(trials);
  const steps: StoryStep[] = [
    { caption: s.stepTrials, show: ['step-trials'] },
    { caption: s.stepPooled(ratio(pooled.rr.estimate, lang), ratio(pooled.rr.low, lang), ratio(pooled.rr.high, lang)), show: ['step-trials', 'step-pooled'] },
    ...(pooled.prediction
      ? [
          {
            caption: s.stepPrediction(ratio(pooled.prediction.low, lang), ratio(pooled.prediction.high, lang)),
            show: ['step-trials', 'step-pooled', 'step-prediction'],
          },
        ]
      : []),
  ];
  return {
    ...base,
    summary: summaryOf(s, pooled, lang),
    views: [all, ...grouped.map((g) => g.view)],
    figures: [...figures, ...pooledFigures('ips-pooled', pooled, trials, 'pooled risk ratio, all trials'), ...grouped.flatMap((g) => g.figures)],
    derivations: [methodText(lang)],
    notes: [
      s.heterogeneity(
        formatNumber(pooled.reml.I2, lang, 0),
        formatNumber(pooled.reml.tau2, lang, 3),
        formatNumber(pooled.reml.Q, lang, 2),
        pooled.reml.df,
        pValue(pooled.reml.pQ, lang),
      ),
      s.dl(ratioWithCi(pooled.rrDl, lang)),
      s.frequencies(
        formatNumber(freq.controlPer100, lang),
        formatNumber(freq.ipsPer100, lang),
        formatNumber(freq.ipsLowPer100, lang),
        formatNumber(freq.ipsHighPer100, lang),
      ),
      ...(approx.length ? [s.approximate(approx.map((tr) => tr.label).join(', '))] : []),
      s.only,
    ],
    steps,
  };
}

/**
 * The site's own meta-analysis of the IPS trials: one row per trial (employed/randomised per
 * arm, risk ratio with its 95% CI, weight), the pooled risk ratio as a diamond (REML τ²,
 * Hartung–Knapp–Sidik–Jonkman interval) and the 95% prediction interval on a row of its own.
 * Further views split the trials by a grouping of `synthesis` in studies.yaml (where the trial
 * ran, what the comparison group was offered), each group pooled when it has two trials or more.
 */
import type { Evidence } from '../lib/data/load.ts';
import type { Figure } from '../lib/data/schemas.ts';
import { formatNumber, formatTimepoint } from '../lib/format.ts';
import { t, type Lang } from '../i18n/index.ts';
import { naturalFrequencies, subgroups, type PooledRiskRatio } from '../lib/meta-analysis.ts';
import { SYNTHESIS_GROUPINGS, type PooledTrial, type SynthesisGrouping } from '../lib/synthesis.ts';
import {
  approximateCounts,
  ipsPool,
  methodText,
  pooledFigures,
  ratio,
  ratioWithCi,
  trialCitation,
} from './ips-pool.ts';
import { pooledForestPlot, type PooledForestRow } from './pooled-forest.ts';
import type { ChartSpec, ChartView, DataTable, StoryStep, TableCell } from './spec.ts';

const text = {
  en: {
    title: 'IPS trials pooled: the chance of a competitive job, IPS against the comparison',
    axis: 'Risk ratio, IPS vs comparison (log scale)',
    views: { all: 'All trials', population: 'By who took part', region: 'By region', comparator: 'By comparison group' },
    groups: {
      population: { smi: 'People with severe mental illness', other: 'Other groups (e.g. veterans with PTSD)' },
      region: { us: 'In the United States', 'outside-us': 'Outside the United States' },
      comparator: { active: 'Comparison offered another vocational service', passive: 'Comparison without a vocational service', unclear: 'Comparison group not described in the data' },
    } as Record<SynthesisGrouping, Record<string, string>>,
    allHeading: 'All trials',
    detail: (ips: string, control: string, when: string) => `IPS ${ips} · comparison ${control} · ${when}`,
    pooled: (k: number) => `Pooled, random effects (${k} trials)`,
    pooledGroup: (k: number) => `Pooled in this group (${k} trials)`,
    pooledShort: (k: number) => `Pooled (${k} trials)`,
    predictionShort: 'Prediction interval',
    prediction: 'Prediction interval: a new setting',
    predictionText: (lo: string, hi: string) => `${lo} to ${hi}`,
    weight: (w: string) => `${w}%`,
    rrTitle: (label: string, rr: string, ips: string, control: string, w: string) =>
      `${label} · risk ratio ${rr}, IPS ${ips} vs comparison ${control}, weight ${w}%`,
    pooledTitle: (label: string, rr: string) => `${label} · risk ratio ${rr}, Hartung–Knapp`,
    predictionTitle: (lo: string, hi: string) => `Prediction interval · the risk ratio in a new setting: ${lo} to ${hi} (95%)`,
    legend: 'Risk ratio of a competitive job, IPS against the comparison group, with its 95% confidence interval; squares sized by weight, the diamond is the pooled estimate',
    summaryAbove: (k: number, n: string, rr: string, lo: string, hi: string) =>
      `Pooled over ${k} randomised trials with ${n} participants, people offered IPS were ${rr} times as likely to get a competitive job as those in the comparison groups (95% CI ${lo} to ${hi}).`,
    summaryBelow: (k: number, n: string, rr: string, lo: string, hi: string) =>
      `Pooled over ${k} randomised trials with ${n} participants, people offered IPS were less likely to get a competitive job: risk ratio ${rr} (95% CI ${lo} to ${hi}).`,
    summaryUnclear: (k: number, n: string, rr: string, lo: string, hi: string, m: number) =>
      `Pooled over ${k} randomised trials with ${n} participants, the risk ratio of a competitive job with IPS is ${rr}, but with so few trials its 95% CI (${lo} to ${hi}) includes no difference, although ${m === k ? `each of the ${k} trials on its own favours` : `${m} of the ${k} trials on their own favour`} IPS.`,
    summaryPi: (lo: string, hi: string) => ` In a new setting like these, the effect could lie anywhere from ${lo} to ${hi}.`,
    summaryNone: (k: number) => `${k === 1 ? 'One trial has' : `${k} trials have`} the counts per arm that pooling needs, too few to pool.`,
    stepTrials: 'Each trial: how much more likely a competitive job was with IPS; bigger squares weigh more.',
    stepPooled: (rr: string, lo: string, hi: string) => `Pooled: ${rr} (95% CI ${lo} to ${hi}).`,
    stepPrediction: (lo: string, hi: string) => `Where the effect in a new setting may lie: ${lo} to ${hi}.`,
    columns: { trial: 'Trial', ips: 'IPS: employed / randomised', control: 'Comparison: employed / randomised', rr: 'Risk ratio (95% CI)', weight: 'Weight', source: t('en', 'source') },
    derivedRr: 'risk ratio from the counts, 95% CI by the log method',
    derivedWeight: 'share of the random-effects (REML) weight',
    derivedPooled: 'random-effects meta-analysis: REML, Hartung–Knapp–Sidik–Jonkman',
    derivedPrediction: '95% prediction interval: t with k−2 degrees of freedom',
    computedHere: 'computed on this site',
    heterogeneity: (i2: string, tau2: string, q: string, df: number, p: string) =>
      `Heterogeneity between the trials: I² ${i2}%, τ² ${tau2} (REML), Cochran’s Q ${q} on ${df} degrees of freedom (p ${p}). With few trials these are imprecise.`,
    dl: (rr: string) => `With the DerSimonian–Laird estimate of τ², used by most published reviews, the pooled risk ratio is ${rr}.`,
    frequencies: (c: string, ips: string, lo: string, hi: string) =>
      `In natural frequencies: if ${c} in 100 people in the comparison groups got a competitive job (the median across these trials), the pooled risk ratio means about ${ips} in 100 with IPS (95% CI ${lo} to ${hi}).`,
    approximate: (list: string) => `${list}: the counts are computed from the published percentages and arm sizes (derived), so they are approximate; see the data table.`,
    only: 'Only trials whose number employed and number randomised are in the data for both arms are pooled; more trials will be added.',
  },
  nb: {
    title: 'IPS-studiene slått sammen: sjansen for ordinært arbeid, IPS mot sammenligning',
    axis: 'Risikoratio, IPS mot sammenligning (log-skala)',
    views: { all: 'Alle studier', population: 'Etter hvem som deltok', region: 'Etter region', comparator: 'Etter sammenligningsgruppe' },
    groups: {
      population: { smi: 'Personer med alvorlige psykiske lidelser', other: 'Andre grupper (f.eks. veteraner med PTSD)' },
      region: { us: 'I USA', 'outside-us': 'Utenfor USA' },
      comparator: { active: 'Sammenligningsgruppen fikk et annet arbeidsrettet tilbud', passive: 'Sammenligningsgruppen uten arbeidsrettet tilbud', unclear: 'Sammenligningsgruppen er ikke beskrevet i dataene' },
    } as Record<SynthesisGrouping, Record<string, string>>,
    allHeading: 'Alle studier',
    detail: (ips: string, control: string, when: string) => `IPS ${ips} · sammenligning ${control} · ${when}`,
    pooled: (k: number) => `Samlet, tilfeldige effekter (${k} studier)`,
    pooledGroup: (k: number) => `Samlet i denne gruppen (${k} studier)`,
    pooledShort: (k: number) => `Samlet (${k} studier)`,
    predictionShort: 'Prediksjonsintervall',
    prediction: 'Prediksjonsintervall: et nytt sted',
    predictionText: (lo: string, hi: string) => `${lo} til ${hi}`,
    weight: (w: string) => `${w} %`,
    rrTitle: (label: string, rr: string, ips: string, control: string, w: string) =>
      `${label} · risikoratio ${rr}, IPS ${ips} mot sammenligning ${control}, vekt ${w} %`,
    pooledTitle: (label: string, rr: string) => `${label} · risikoratio ${rr}, Hartung–Knapp`,
    predictionTitle: (lo: string, hi: string) => `Prediksjonsintervall · risikoratioen på et nytt sted: ${lo} til ${hi} (95 %)`,
    legend: 'Risikoratio for ordinært arbeid, IPS mot sammenligningsgruppen, med 95 %-konfidensintervall; kvadratenes størrelse viser vekten, ruten er det samlede estimatet',
    summaryAbove: (k: number, n: string, rr: string, lo: string, hi: string) =>
      `Samlet over ${k} randomiserte studier med ${n} deltakere hadde de som fikk tilbud om IPS ${rr} ganger så stor sjanse for ordinært arbeid som sammenligningsgruppene (95 % KI ${lo} til ${hi}).`,
    summaryBelow: (k: number, n: string, rr: string, lo: string, hi: string) =>
      `Samlet over ${k} randomiserte studier med ${n} deltakere hadde de som fikk tilbud om IPS mindre sjanse for ordinært arbeid: risikoratio ${rr} (95 % KI ${lo} til ${hi}).`,
    summaryUnclear: (k: number, n: string, rr: string, lo: string, hi: string, m: number) =>
      `Samlet over ${k} randomiserte studier med ${n} deltakere er risikoratioen for ordinært arbeid med IPS ${rr}, men med så få studier omfatter 95 %-KI (${lo} til ${hi}) ingen forskjell, selv om ${m === k ? `hver av de ${k} studiene for seg er` : `${m} av de ${k} studiene hver for seg er`} i favør av IPS.`,
    summaryPi: (lo: string, hi: string) => ` På et nytt sted som disse kan effekten ligge alt fra ${lo} til ${hi}.`,
    summaryNone: (k: number) => `${k === 1 ? 'Én studie har' : `${k} studier har`} antallene per gruppe som en sammenslåing trenger, for få til å slå sammen.`,
    stepTrials: 'Hver studie: hvor mye større sjansen for ordinært arbeid var med IPS; større kvadrater veier mer.',
    stepPooled: (rr: string, lo: string, hi: string) => `Samlet: ${rr} (95 % KI ${lo} til ${hi}).`,
    stepPrediction: (lo: string, hi: string) => `Der effekten på et nytt sted kan ligge: ${lo} til ${hi}.`,
    columns: { trial: 'Studie', ips: 'IPS: i arbeid / randomisert', control: 'Sammenligning: i arbeid / randomisert', rr: 'Risikoratio (95 % KI)', weight: 'Vekt', source: t('nb', 'source') },
    derivedRr: 'risikoratio fra antallene, 95 %-KI med log-metoden',
    derivedWeight: 'andel av vekten med tilfeldige effekter (REML)',
    derivedPooled: 'metaanalyse med tilfeldige effekter: REML, Hartung–Knapp–Sidik–Jonkman',
    derivedPrediction: '95 %-prediksjonsintervall: t med k−2 frihetsgrader',
    computedHere: 'regnet ut på dette nettstedet',
    heterogeneity: (i2: string, tau2: string, q: string, df: number, p: string) =>
      `Heterogenitet mellom studiene: I² ${i2} %, τ² ${tau2} (REML), Cochrans Q ${q} med ${df} frihetsgrader (p ${p}). Med få studier er disse usikre.`,
    dl: (rr: string) => `Med DerSimonian–Laird-estimatet av τ², som de fleste publiserte oversiktene bruker, er den samlede risikoratioen ${rr}.`,
    frequencies: (c: string, ips: string, lo: string, hi: string) =>
      `I naturlige frekvenser: hvis ${c} av 100 i sammenligningsgruppene fikk ordinært arbeid (medianen i disse studiene), betyr den samlede risikoratioen omtrent ${ips} av 100 med IPS (95 % KI ${lo} til ${hi}).`,
    approximate: (list: string) => `${list}: antallene er regnet ut fra publiserte prosentandeler og gruppestørrelser (avledet), så de er omtrentlige; se datatabellen.`,
    only: 'Bare studier der antallet i arbeid og antallet randomiserte finnes i dataene for begge grupper, er slått sammen; flere studier kommer.',
  },
} as const;

type Strings = (typeof text)[Lang];

/** "1.98 (95% CI 1.48–2.65)": a ratio with its interval in words, for hover and screen readers. */
const ciWords = (r: { estimate: number; low: number; high: number }, lang: Lang) =>
  `${ratio(r.estimate, lang)} (${lang === 'nb' ? '95 % KI' : '95% CI'} ${ratio(r.low, lang)}–${ratio(r.high, lang)})`;

const fraction = (p: { events: number; total: number }, lang: Lang) => `${formatNumber(p.events, lang)}/${formatNumber(p.total, lang)}`;
const pValue = (p: number, lang: Lang) => (p < 0.001 ? `< ${formatNumber(0.001, lang, 3)}` : `= ${formatNumber(p, lang, p < 0.01 ? 3 : 2)}`);

function trialRow(tr: PooledTrial, pooled: PooledRiskRatio, lang: Lang, group?: string): PooledForestRow {
  const s = text[lang];
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
  const s = text[lang];
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
  const s = text[lang];
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

function tableOf(e: Evidence, trials: readonly PooledTrial[], pooled: PooledRiskRatio, lang: Lang, groups: Array<{ label: string; pooled: PooledRiskRatio }>): DataTable {
  const s = text[lang];
  const derived = (text: string, how: string): TableCell => ({ text, derived: how });
  const countCell = (f: Figure, p: { events: number; total: number }): TableCell => ({ text: fraction(p, lang), figure: f });
  const pooledLine = (label: string, p: PooledRiskRatio): TableCell[] => [
    { text: label },
    { text: formatNumber(p.trials.reduce((a, r) => a + r.trial.ips.total, 0), lang) },
    { text: formatNumber(p.trials.reduce((a, r) => a + r.trial.control.total, 0), lang) },
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
          { text: trialCitation(e, tr) },
        ];
      }),
      ...groups.map((g) => pooledLine(g.label, g.pooled)),
      pooledLine(s.pooled(pooled.k), pooled),
      ...(pooled.prediction
        ? [[
            { text: s.prediction },
            { text: '' },
            { text: '' },
            derived(s.predictionText(ratio(pooled.prediction.low, lang), ratio(pooled.prediction.high, lang)), s.derivedPrediction),
            { text: '' },
            { text: s.computedHere },
          ]]
        : []),
    ],
  };
}

/** A view that lists trials under the groups of one grouping, each group pooled if it can be. */
function groupedView(e: Evidence, trials: readonly PooledTrial[], pooled: PooledRiskRatio, grouping: SynthesisGrouping, lang: Lang): { view: ChartView; figures: Figure[] } {
  const s = text[lang];
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
  const s = text[lang];
  const { trials, pooled, figures } = ipsPool(e, lang);
  const base = { id: 'ips-trials-forest', lang, title: s.title, legend: [{ key: 'intervention' as const, label: s.legend }] };
  if (!pooled) {
    // Fewer than two trials with counts: show the trials alone, say why there is no pool.
    throw new Error(`ips-trials-forest: ${s.summaryNone(trials.length)} Add counts (data/README.md, "Trials in the site's meta-analysis").`);
  }
  const rows: PooledForestRow[] = [...trials.map((tr) => trialRow(tr, pooled, lang)), pooledRow(pooled, s.pooled(pooled.k), lang), ...predictionRow(pooled, lang)];
  const all: ChartView = { id: 'all', label: s.views.all, plot: pooledForestPlot(rows, { lang, axisLabel: s.axis }), table: tableOf(e, trials, pooled, lang, []) };
  // A grouping is offered as a view once the trials fall into at least two of its groups.
  const grouped = SYNTHESIS_GROUPINGS.filter((g) => new Set(trials.map((tr) => tr.groups[g])).size >= 2).map((g) => groupedView(e, trials, pooled, g, lang));

  const freq = naturalFrequencies(pooled);
  const approx = approximateCounts(trials);
  const steps: StoryStep[] = [
    { caption: s.stepTrials, show: ['step-trials'] },
    { caption: s.stepPooled(ratio(pooled.rr.estimate, lang), ratio(pooled.rr.low, lang), ratio(pooled.rr.high, lang)), show: ['step-trials', 'step-pooled'] },
    ...(pooled.prediction
      ? [{ caption: s.stepPrediction(ratio(pooled.prediction.low, lang), ratio(pooled.prediction.high, lang)), show: ['step-trials', 'step-pooled', 'step-prediction'] }]
      : []),
  ];
  return {
    ...base,
    summary: summaryOf(s, pooled, lang),
    views: [all, ...grouped.map((g) => g.view)],
    figures: [...figures, ...pooledFigures('ips-pooled', pooled, trials, 'pooled risk ratio, all trials'), ...grouped.flatMap((g) => g.figures)],
    derivations: [methodText[lang]],
    notes: [
      s.heterogeneity(formatNumber(pooled.reml.I2, lang, 0), formatNumber(pooled.reml.tau2, lang, 3), formatNumber(pooled.reml.Q, lang, 2), pooled.reml.df, pValue(pooled.reml.pQ, lang)),
      s.dl(ratioWithCi(pooled.rrDl, lang)),
      s.frequencies(formatNumber(freq.controlPer100, lang), formatNumber(freq.ipsPer100, lang), formatNumber(freq.ipsLowPer100, lang), formatNumber(freq.ipsHighPer100, lang)),
      ...(approx.length ? [s.approximate(approx.map((tr) => tr.label).join(', '))] : []),
      s.only,
    ],
    steps,
  };
}

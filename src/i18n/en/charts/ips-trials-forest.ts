import { plural } from '../../text.ts';
import { ui } from '../ui.ts';
import { type SynthesisGrouping } from '../../../stats/synthesis.ts';

export const ipsTrialsForest = {
  title: 'IPS trials pooled: the chance of a competitive job, IPS against the comparison',
  axis: 'Risk ratio, IPS vs comparison (log scale)',
  views: { all: 'All trials', population: 'By who took part', region: 'By region', comparator: 'By comparison group' },
  groups: {
    population: { smi: 'People with severe mental illness', other: 'Other groups (e.g. veterans with PTSD)' },
    region: { us: 'In the United States', 'outside-us': 'Outside the United States' },
    comparator: {
      active: 'Comparison offered another vocational service',
      passive: 'Comparison without a vocational service',
      unclear: 'Comparison group not described in the data',
    },
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
  legend:
    'Risk ratio of a competitive job, IPS against the comparison group, with its 95% confidence interval; squares sized by weight, the diamond is the pooled estimate',
  summaryAbove: (k: number, n: string, rr: string, lo: string, hi: string) =>
    `Pooled over ${k} randomised trials with ${n} participants, people offered IPS were ${rr} times as likely to get a competitive job as those in the comparison groups (95% CI ${lo} to ${hi}).`,
  summaryBelow: (k: number, n: string, rr: string, lo: string, hi: string) =>
    `Pooled over ${k} randomised trials with ${n} participants, people offered IPS were less likely to get a competitive job: risk ratio ${rr} (95% CI ${lo} to ${hi}).`,
  summaryUnclear: (k: number, n: string, rr: string, lo: string, hi: string, m: number) =>
    `Pooled over ${k} randomised trials with ${n} participants, the risk ratio of a competitive job with IPS is ${rr}, but with so few trials its 95% CI (${lo} to ${hi}) includes no difference, although ${m === k ? `each of the ${k} trials on its own favours` : `${m} of the ${k} trials on their own favour`} IPS.`,
  summaryPi: (lo: string, hi: string) => ` In a new setting like these, the effect could lie anywhere from ${lo} to ${hi}.`,
  summaryNone: (k: number) => `${plural(k, { one: 'One trial has', other: `${k} trials have` }, 'en')} the counts per arm that pooling needs, too few to pool.`,
  stepTrials: 'Each trial: how much more likely a competitive job was with IPS; bigger squares weigh more.',
  stepPooled: (rr: string, lo: string, hi: string) => `Pooled: ${rr} (95% CI ${lo} to ${hi}).`,
  stepPrediction: (lo: string, hi: string) => `Where the effect in a new setting may lie: ${lo} to ${hi}.`,
  columns: {
    trial: 'Trial',
    ips: 'IPS: employed / randomised',
    control: 'Comparison: employed / randomised',
    rr: 'Risk ratio (95% CI)',
    weight: 'Weight',
    source: ui.source,
  },
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
  approximate: (list: string) =>
    `${list}: the counts are computed from the published percentages and arm sizes (derived), so they are approximate; see the data table.`,
  only: 'Only trials whose number employed and number randomised are in the data for both arms are pooled; more trials will be added.',
};

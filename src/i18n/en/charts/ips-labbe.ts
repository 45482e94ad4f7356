export const ipsLabbe = {
  title: 'Each IPS trial: employment with IPS against employment in its comparison group',
  x: 'Comparison group: got a competitive job (%)',
  y: 'IPS: got a competitive job (%)',
  view: 'Trials',
  noEffect: 'no difference',
  pooledLine: (rr: string) => `pooled risk ratio ${rr}`,
  meanShort: 'unweighted mean',
  trialTitle: (label: string, ips: string, control: string, n: string) => `${label} · IPS ${ips}, comparison ${control}, ${n} participants`,
  meanTitle: (ips: string, control: string, k: number) =>
    `Unweighted mean of ${k} trials · IPS ${ips}, comparison ${control}; each trial counts once whatever its size, so this is not a pooled estimate`,
  lineTitle: (rr: string) => `Pooled risk ratio ${rr} (REML): IPS rate = ${rr} × comparison rate`,
  legend: 'Each circle is a trial, sized by its participants; above the diagonal, the trial did better with IPS',
  summary: (above: number, k: number, ips: string, control: string) =>
    `${above === k ? `All ${k} trials lie` : `${above} of ${k} trials lie`} above the line of no difference: more people got a competitive job with IPS than in the comparison group. Averaged across trials without weighting, ${ips} with IPS against ${control} without it.`,
  stepTrials: 'Each trial: up is IPS, across is the comparison group; above the diagonal, IPS did better.',
  stepMean: 'The unweighted mean of the trials: a description, not a pooled estimate.',
  stepPooled: (rr: string) => `The pooled risk ratio, ${rr}, as a line.`,
  columns: {
    trial: 'Trial',
    control: 'Comparison: employed (published)',
    ips: 'IPS: employed (published)',
    counts: 'Employed / randomised, IPS · comparison',
    source: 'Source',
  },
  meanRow: (k: number) => `Unweighted mean of ${k} trials`,
  derivedMean: 'unweighted mean of the trials’ published rates, not a pooled estimate',
  note: 'The unweighted mean treats a trial of 100 people like a trial of 1,000, and mixes trials that measured work at different times; the pooled risk ratio weights each trial by its precision.',
};

/** Words several charts share: the story of a two-arm comparison, view names, the pooling method. */
export const chartCommon = {
  /** The story of a two-arm comparison (dumbbell.ts): the comparison arm, then IPS beside it, then the gap. */
  steps: {
    first: (control: string) => `First: ${control}.`,
    then: (intervention: string) => `Then: ${intervention}.`,
    difference: 'The difference between them.',
  },
  /** Names of a chart's views (its toggles). */
  views: { percent: 'Percent', counts: 'Counts', shares: 'Shares' },
  /** How the site pools the IPS trials (ips-pool.ts), for the note under each pooled chart. */
  poolMethod:
    'Pooled on this site by a random-effects meta-analysis of the trials’ risk ratios: the between-trial variance τ² by restricted maximum likelihood (REML), the 95% confidence interval by the Hartung–Knapp–Sidik–Jonkman method (t distribution with k−1 degrees of freedom), the 95% prediction interval with a t distribution on k−2 degrees of freedom (Riley et al., BMJ 2011). Each trial’s risk ratio and its 95% confidence interval come from its counts (log method; 0.5 added to every cell only when a cell is zero). The code is tested against the R package metafor.',
};

export const metaAnalyses = {
  title: 'Pooled effects of IPS on employment in reviews and meta-analyses',
  views: { 'risk-ratio': 'Risk ratios', 'odds-ratio': 'Odds ratios' },
  axis: { 'risk-ratio': 'Risk ratio, IPS vs comparison (log scale)', 'odds-ratio': 'Odds ratio, IPS vs comparison (log scale)' },
  measure: { 'risk-ratio': 'risk ratio', 'odds-ratio': 'odds ratio' },
  groups: { overall: 'IPS trials overall', beyond: 'Beyond serious mental illness' },
  subgroups: {
    ips: 'all',
    'ips-in-active-control-studies': 'active control',
    'ips-in-passive-control-studies': 'passive control',
    'ips-in-european-studies': 'Europe',
  } as Record<string, string>,
  subgroupLong: {
    ips: 'All comparisons',
    'ips-in-active-control-studies': 'IPS vs an active control',
    'ips-in-passive-control-studies': 'IPS vs a passive control',
    'ips-in-european-studies': 'European studies, IPS vs an active control',
  } as Record<string, string>,
  rowOverride: { 'probyn-2021-rr-neet': 'one trial' } as Record<string, string>,
  rowOverrideLong: {
    'probyn-2021-rr-neet': 'Young people not in employment, education or training: a single trial (apparently SEED), not a pooled estimate',
  } as Record<string, string>,
  counts: { 'rct-count': (n: string) => `${n} RCTs`, 'study-count': (n: string) => `${n} studies` } as Record<string, (n: string) => string>,
  legend: 'IPS compared with the comparison group: ratio and 95% confidence interval',
  summary: (n: number, ranges: string) =>
    `All ${n} estimates from the reviews favour IPS, with the whole 95% confidence interval above 1 (no difference); in reviews of IPS trials overall: ${ranges}.`,
  summaryMixed: (n: number, above: number) =>
    `In ${above} of ${n} estimates from the reviews the whole 95% confidence interval lies above 1 (no difference), favouring IPS.`,
  range: (m: string, lo: string, hi: string) => `${m}s from ${lo} to ${hi}`,
  and: ' and ',
  columns: { review: 'Review', comparison: 'Comparison', ratio: 'Ratio (95% CI)', trials: 'Trials', participants: 'Participants' },
  perArm: (a: string, b: string) => `${a} + ${b}`,
  countNotShown: 'not shown',
  notForRow: 'one trial, not pooled',
  separate:
    'Risk ratios and odds ratios are different measures, so they have separate views and axes. For a common outcome such as getting a job, an odds ratio lies further from 1 than the risk ratio from the same data.',
  overlap: 'The reviews share many of the same trials, so the rows are not independent pieces of evidence.',
  noCount: (r: string) => `${r}: the number of trials pooled is not shown here.`,
  notShown: (list: string) => `Not shown, because their pooled effects were not retrieved: ${list}.`,
  smd: (r: string) =>
    `${r} also report standardised mean differences (job tenure, income, quality of life and others), which are not ratios and are not shown here.`,
  heterogeneity: (r: string, v: string) => `${r}: heterogeneity I² ${v}.`,
};

export const evidenceOverTime = {
  title: 'The IPS evidence base over time: trials counted and average employment',
  axisMeans: 'Average share in competitive employment (%)',
  axisCount: 'Randomised controlled trials counted',
  means: 'Averages',
  count: 'Number of trials',
  rcts: (n: string) => `${n} RCTs`,
  slides: '(slides)',
  talk: "Reme's talk (undated)",
  notShown: 'averages not shown',
  noOverall: 'no overall average given',
  undated: 'undated',
  summary: (n0: string, y0: string, n1: string, y1: string, a0: string, b0: string, a1: string, b1: string) =>
    `The developers' count of randomised trials of IPS grew from ${n0} in ${y0} to ${n1} in ${y1}; the average share in competitive employment they state went from ${a0} with IPS against ${b0} in the comparison groups to ${a1} against ${b1}.`,
  columns: { summary: 'Summary', date: 'Date', rcts: 'RCTs', status: 'Status' },
  placed: (talk: string, before: string, after: string) => `${talk} gives no date; it is placed by its number of trials, between ${before} and ${after}.`,
  check: (n: string, cite: string) => `${cite} (published) also speak of ${n} randomised trials, without averages.`,
  hollow: "Hollow marks: figures shown only in Reme's talk.",
  usNonUs: (us: string, non: string) => `IPS arms only: ${us} in US studies, ${non} elsewhere`,
  derivation:
    'Differences are the stated averages subtracted here (percentage points); the summaries give no counts, so no confidence interval can be computed.',
};

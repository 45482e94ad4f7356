export const norwayEmployment = {
  title: 'Competitive employment in the Norwegian IPS trial',
  axis: 'Share in competitive employment (%)',
  diffAxis: 'Difference, IPS minus control (percentage points)',
  percentView: 'IPS and control',
  diffView: 'Difference',
  summary: (last: string, ips: string, ctl: string, diff: string, first: string, ips1: string, ctl1: string) =>
    `At ${last}, ${ips} of those offered IPS were in competitive employment against ${ctl} in the control group, ${diff} more (at ${first}: ${ips1} against ${ctl1}).`,
  derivation: (d: string) =>
    `Differences (${d}) are the published percentages subtracted here; the abstract gives no counts, so no confidence interval can be computed.`,
};

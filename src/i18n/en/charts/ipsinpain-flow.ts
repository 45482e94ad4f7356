
export const ipsinpainFlow = {
    title: 'Participants in the IPSinPain trial: the registry and the paper',
    registryRow: (reg: string) => `Registry record (${reg})`,
    paperRow: (cite: string) => `Published paper (${cite})`,
    enrolled: 'enrolled',
    registryArms: 'TAU + self-help vs TAU + IPS',
    ips: 'IPS + TAU',
    control: 'TAU',
    ipsLong: 'IPS + treatment as usual (TAU)',
    controlLong: 'Treatment as usual (TAU) alone',
    enrolledLegend: 'Enrolled (registry; not split by arm)',
    inAll: 'in all',
    axis: 'Participants',
    what: 'What the source reports',
    number: 'Number',
    sum: (a: string, b: string) => `Both arms of the paper (${a} + ${b}, added here)`,
    summary: (enrolled: string, ips: string, control: string, total: string) =>
      `The registry record gives an enrollment of ${enrolled}, in two arms (treatment as usual plus a self-help binder, or plus IPS), while the published paper compares ${ips} patients given IPS with ${control} given treatment as usual alone, ${total} in all; what became of the other participants, and of the self-help arm, was not found in the sources read.`,
    derivation: (total: string, a: string, b: string) => `The total of ${total} is the published arm sizes added here (${a} + ${b}).`,
};

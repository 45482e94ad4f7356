import type { Messages } from '../../messages.ts';

export const ipsinpainFlow: Messages['charts']['ipsinpainFlow'] = {
  title: 'Deltakere i IPSinPain-studien: registeret og artikkelen',
  registryRow: (reg: string) => `Registeroppføring (${reg})`,
  paperRow: (cite: string) => `Publisert artikkel (${cite})`,
  enrolled: 'inkludert',
  registryArms: 'VB + selvhjelp mot VB + IPS',
  ips: 'IPS + VB',
  control: 'VB',
  ipsLong: 'IPS + vanlig behandling (VB)',
  controlLong: 'Bare vanlig behandling (VB)',
  enrolledLegend: 'Inkludert (register; ikke fordelt på grupper)',
  inAll: 'i alt',
  axis: 'Deltakere',
  what: 'Hva kilden oppgir',
  number: 'Antall',
  sum: (a: string, b: string) => `Begge gruppene i artikkelen (${a} + ${b}, lagt sammen her)`,
  summary: (enrolled: string, ips: string, control: string, total: string) =>
    `Registeroppføringen oppgir ${enrolled} inkluderte i to grupper (vanlig behandling pluss en selvhjelpsperm, eller pluss IPS), mens den publiserte artikkelen sammenligner ${ips} pasienter som fikk IPS med ${control} som bare fikk vanlig behandling, ${total} i alt; hva som skjedde med de andre deltakerne og med selvhjelpsgruppen, ble ikke funnet i kildene som er lest.`,
  derivation: (total: string, a: string, b: string) => `Summen ${total} er de publiserte gruppestørrelsene lagt sammen her (${a} + ${b}).`,
};

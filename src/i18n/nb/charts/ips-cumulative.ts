import { plural } from '../../text.ts';
import type { Messages } from '../../messages.ts';

export const ipsCumulative: Messages['charts']['ipsCumulative'] = {
  title: 'IPS-studiene slått sammen år for år: hvordan estimatet endret seg etter hvert som studier ble publisert',
  axis: 'Samlet risikoratio, IPS mot sammenligning (log-skala)',
  view: 'Etter år',
  label: (year: number, k: number) => `${year} · ${k} ${plural(k, { one: 'studie', other: 'studier' }, 'nb')}`,
  single: (year: number) => `${year} · 1 studie, ikke slått sammen`,
  added: (list: string) => `lagt til: ${list}`,
  participants: (n: string) => `${n} personer`,
  title_: (label: string, rr: string, n: string) => `${label} · samlet risikoratio ${rr}, ${n} deltakere`,
  titleSingle: (label: string, rr: string) => `${label} · denne studiens risikoratio ${rr}`,
  legend: 'Samlet risikoratio for ordinært arbeid med IPS etter hvert år, med 95 %-konfidensintervall (rute); et kvadrat er én studie, ikke slått sammen',
  summary: (y0: number, k0: number, r0: string, c0: string, y1: number, k1: number, r1: string, c1: string) =>
    `Når studiene slås sammen i den rekkefølgen de ble publisert, var risikoratioen ${r0} (95 % KI ${c0}) med ${k0} studier i ${y0}, og ${r1} (95 % KI ${c1}) med ${k1} studier i ${y1}.`,
  summaryOne: (y: number, k: number, r: string, c: string) => `Samlet etter ${y}, med ${k} studier, er risikoratioen ${r} (95 % KI ${c}).`,
  step: (year: number, k: number, rr: string) => `${year}: ${k} ${plural(k, { one: 'studie', other: 'studier' }, 'nb')}, ${rr}.`,
  columns: { year: 'År', added: 'Studier lagt til', k: 'Studier hittil', n: 'Deltakere hittil', rr: 'Risikoratio (95 % KI)' },
  derivedPooled: 'metaanalyse med tilfeldige effekter av studiene hittil: REML, Hartung–Knapp–Sidik–Jonkman',
  derivedSingle: 'denne studiens risikoratio fra antallene, ikke slått sammen',
  note: 'Hver rad slår sammen alle studier publisert til og med det året, så radene er ikke uavhengige: en senere rad inneholder studiene fra alle tidligere rader.',
};

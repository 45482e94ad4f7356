/** Ordene i kortet «Kort sagt» (samme form som en/bottom-line.ts). */
import type { Clarity } from '../../site/bottom-line.ts';
import type { Messages } from '../messages.ts';

export const bottomLine: Messages['bottomLine'] = {
  card: {
    kicker: 'Kort sagt',
    perHundred: 'Per 100 personer',
    effect: 'Effekten',
    sure: 'Hvor sikre vi er',
    sources: 'Kilder',
    copy: 'Kopier setningen med kilde',
    copied: 'Kopiert.',
    quote: 'Til sitat',
  },
  trial: {
    question: (trial: string) => `Hva skjedde i ${trial}?`,
    /** "Den norske IPS-studien" inside a sentence: "i den norske IPS-studien". */
    inSentence: (trial: string) => trial.replace(/^Den /, 'den '),
    answer: (trial: string, outcome: string, when: string, ips: string, armIps: string, ctl: string, armCtl: string, clarity: Clarity) =>
      `I ${trial} var ${outcome}${when ? ` ${when}` : ''} ${ips} med ${armIps} mot ${ctl} med ${armCtl}${
        clarity === 'clear' ? '; forskjellen er statistisk tydelig' : clarity === 'not-clear' ? '; forskjellen er ikke statistisk tydelig' : ''
      }.`,
    perHundred: (ips: string, armIps: string, ctl: string, armCtl: string, outcome: string, when: string) =>
      `Av 100 personer som fikk tilbud om ${armIps}, omtrent ${ips} (${outcome}${when ? `, ${when}` : ''}), mot omtrent ${ctl} av 100 med ${armCtl}.`,
    at: (tp: string) => (/^\d/.test(tp) ? `etter ${tp}` : tp),
    p: 'p',
    difference: (d: string) => `Forskjell: ${d}`,
    fromCounts: (fitted: boolean) => (fitted ? 'beregnet her fra antall tilpasset de publiserte prosentene' : 'beregnet her fra de publiserte antallene'),
    noInterval: 'konfidensintervall kan ikke beregnes fra de publiserte prosentene',
    oneTrial: (n: string | undefined) => `Én randomisert studie${n ? ` (${n} personer randomisert)` : ''}: en enkelt studie, ikke et samlet estimat.`,
    includesNone: 'Intervallet omfatter ingen forskjell.',
    notGraded: 'Ikke formelt gradert',
    contrast: { 'odds-ratio': 'Oddsratio', 'risk-ratio': 'Risikoratio', 'risk-difference': 'Forskjell' },
    cite: (answer: string, citation: string, site: string) => `${answer} (${citation}; via ${site})`,
  },
  pooled: {
    question: 'Hjelper IPS folk å få jobb?',
    answer: (min: string, max: string) =>
      `Ja: i randomiserte studier fikk flere av dem som fikk tilbud om IPS, ordinært arbeid enn av dem som fikk andre tilbud; publiserte metaanalyser fant at sjansen var ${min} til ${max} ganger så stor.`,
    perHundred: (ips: string, ctl: string, k: number) =>
      `Av 100 personer som fikk tilbud om IPS, fikk omtrent ${ips} ordinært arbeid, mot omtrent ${ctl} av 100 uten (medianen av sammenligningsgruppene i de ${k} studiene som er slått sammen her, ganget med deres samlede risikoratio).`,
    effect: (rr: string, ci: string, pi: string | undefined, k: number, n: string) =>
      `Risikoratio ${rr} (95 % KI ${ci}${pi ? `; 95 % prediksjonsintervall ${pi}` : ''}), slått sammen her fra ${k} studier med ${n} deltakere (tilfeldige effekter, REML, Hartung–Knapp).`,
    certainty: (k: number, maxK: string, i2: string, piIncludesNone: boolean | undefined) =>
      `${k} studier slått sammen her (publiserte oversikter: opptil ${maxK}); heterogenitet I² = ${i2}${
        piIncludesNone === undefined
          ? ''
          : piIncludesNone
            ? '; prediksjonsintervallet omfatter ingen effekt, så et nytt tilbud kan se ingen'
            : '; prediksjonsintervallet utelukker ingen effekt'
      }. Ingen publisert vurdering av tilliten (som GRADE) kunne kontrolleres, så ingen vises.`,
    notGraded: 'Ikke formelt gradert',
    cite: (answer: string, citations: string, site: string) => `${answer} (${citations}; via ${site})`,
  },
};

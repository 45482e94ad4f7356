import type { Messages } from '../messages.ts';

/** Sources and studies, in Norwegian: the same shape as en/sources.ts. */
export const sources: Messages['sources'] = {
  andMore: (shown: string, more: string) => `${shown} og ${more} andre`,
  tooMany: (n: string) => `${n} kilder, for mange til å stå her. Hver av dem, med DOI, PubMed eller registernummer, står i `,
  bibliography: 'Kilder og data',
  andInCsv: ' og i figurens CSV-fil.',
  facts: {
    population: 'Deltakere',
    design: 'Design',
    arms: 'Grupper',
    followUp: 'Oppfølging',
    registry: 'Register',
    n: 'Antall',
    pubs: 'Publikasjoner',
    country: 'Land',
  },
  notExtracted: {
    intro: (n: string) =>
      `Disse ${n} randomiserte studiene er ikke med i figurene ennå, fordi tallene deres ikke er lagt inn. De er listet opp slik at figurene ikke leses som om de viser alle studiene.`,
    none: 'Alle randomiserte studier på dette nettstedet har tallene sine med i figurene.',
    reviews: 'Tatt med i',
    notSeen: 'Hvilke oversikter som tar den med, er ikke kontrollert.',
    why: 'Hvorfor tallene mangler',
  },
};

import { listOf } from '../../text.ts';
import type { Messages } from '../../messages.ts';

export const seedBaseline: Messages['charts']['seedBaseline'] = {
    title: 'Hvem deltok i SEED',
    legend: (n: string) => `Andel av de ${n} deltakerne ved oppstart`,
    axis: 'Andel av deltakerne (%)',
    characteristic: 'Kjennetegn',
    participants: 'Deltakere randomisert',
    meanAge: 'Gjennomsnittsalder',
    summary: (n: string, age: string, men: string, top: string[]) =>
      `Av de ${n} unge voksne i SEED (gjennomsnittsalder ${age}) ${men}; de vanligste belastningene ved oppstart var ${listOf(top, 'nb')}.`,
};

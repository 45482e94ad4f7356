import { listOf } from '../../text.ts';
export const seedBaseline = {
    title: 'Who took part in SEED',
    legend: (n: string) => `Share of the ${n} participants at the start of the trial`,
    axis: 'Share of participants (%)',
    characteristic: 'Characteristic',
    participants: 'Participants randomised',
    meanAge: 'Mean age',
    summary: (n: string, age: string, men: string, top: string[]) =>
      `Of the ${n} young adults in SEED (mean age ${age}), ${men}; the most common burdens at the start were ${listOf(top, 'en')}.`,
};

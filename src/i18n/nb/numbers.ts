/**
 * Antall sagt med ord, slik norsk prosa skriver dem: én til ti med bokstaver («fire studier»),
 * større antall med sifre. Selve antallet kommer alltid fra dataene.
 */
const WORDS = ['ingen', 'én', 'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'åtte', 'ni', 'ti'];

export const countInWords = (n: number): string => WORDS[n] ?? new Intl.NumberFormat('nb-NO').format(n);

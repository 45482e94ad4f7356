/**
 * Counts said in words, as English prose writes them: one to ten spelled out ("four trials"),
 * larger counts in digits. The count itself always comes from the data.
 */
const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

export const countInWords = (n: number): string => WORDS[n] ?? new Intl.NumberFormat('en-GB').format(n);

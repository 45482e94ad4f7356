import type { Messages } from '../messages.ts';

/** Words the browser code says, in Norwegian: the same shape as en/browser.ts. */
export const browser: Messages['browser'] = {
  copied: 'Kopiert.',
  keysHint: 'Bruk piltastene for å lese verdiene.',
};

import type { Messages } from '../messages.ts';

/** The page left at a retired address (src/site/redirects.ts). */
export const redirect: Messages['redirect'] = {
  title: 'Siden har flyttet',
  body: 'Denne siden har fått en ny adresse:',
};

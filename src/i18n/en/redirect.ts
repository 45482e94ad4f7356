/** The page left at a retired address (src/site/redirects.ts). */
export const redirect = {
  title: 'This page has moved',
  body: 'This page has a new address:',
};

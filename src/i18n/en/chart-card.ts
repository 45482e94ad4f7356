/**
 * Words of a chart's card on a page (src/components/chart/Chart.astro and src/components/chart/).
 * Text with code in it is a list of pieces, `{ code }` for the code (never translated), so each
 * language puts the code where its sentence needs it and nothing is inserted as HTML.
 */
export type RichText = ReadonlyArray<string | { code: string }>;

const POST_MESSAGE = "{type: 'ips-embed:theme', theme: 'dark'}";

export const chartCard = {
  /** Legend of the radio buttons that switch between a chart's views. */
  views: 'Show',
  embedHeading: 'Embed this chart',
  embedHelp: 'Paste the HTML into a web page. The frame shows the whole chart at any width, with no script.',
  embedArticle: 'For an article (follows the column width)',
  copyArticle: 'Copy the article code',
  embedSlide: 'For a slide (16:9, e.g. reveal.js)',
  copySlide: 'Copy the slide code',
  themeHelp: ['Colour theme: add ', { code: '?theme=…' }, ' to the address in src:'] as RichText,
  /** The embed's themes, one item each. */
  themes: [
    [
      { code: 'auto' },
      " (default): follows the reader's light or dark setting; your page can also switch it by sending ",
      { code: POST_MESSAGE },
      ' with ',
      { code: 'postMessage' },
      '.',
    ],
    [{ code: 'light' }, ', ', { code: 'dark' }, ': always light or dark.'],
    [
      { code: 'transparent' },
      ": no background, your page shows through; the text follows the reader's setting. On a dark page: ",
      { code: 'transparent-dark' },
      ' (light text; fully see-through where your page sets ',
      { code: 'color-scheme: dark' },
      ', otherwise on a dark ground); on a light page: ',
      { code: 'transparent-light' },
      ' (dark text).',
    ],
  ] as RichText[],
  resizeHelp: "Optional, for the article code: the script below lets the frame's height follow its content (never taller than what holds it).",
  resizeScript: 'Optional resize script',
  presenterView: 'Presenter view',
  embedView: 'Embed view',
};

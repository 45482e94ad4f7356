import type { Messages } from '../messages.ts';

const POST_MESSAGE = "{type: 'ips-embed:theme', theme: 'dark'}";

/** Ordene på en figurs kort på en side (se en/chart-card.ts). */
export const chartCard: Messages['chartCard'] = {
  views: 'Vis',
  embedHeading: 'Bygg inn figuren',
  embedHelp: 'Lim inn HTML-koden på en nettside. Rammen viser hele figuren i alle bredder, uten skript.',
  embedArticle: 'For en artikkel (følger spaltebredden)',
  copyArticle: 'Kopier artikkelkoden',
  embedSlide: 'For et lysbilde (16:9, f.eks. reveal.js)',
  copySlide: 'Kopier lysbildekoden',
  themeHelp: ['Fargetema: legg til ', { code: '?theme=…' }, ' etter adressen i src:'],
  themes: [
    [
      { code: 'auto' },
      ' (standard): følger leserens lyse eller mørke innstilling; siden din kan også bytte tema med ',
      { code: 'postMessage' },
      ' og ',
      { code: POST_MESSAGE },
      '.',
    ],
    [{ code: 'light' }, ', ', { code: 'dark' }, ': alltid lys eller mørk.'],
    [
      { code: 'transparent' },
      ': ingen bakgrunn, siden din synes gjennom; teksten følger leserens innstilling. På en mørk side: ',
      { code: 'transparent-dark' },
      ' (lys tekst; helt gjennomsiktig når siden din har ',
      { code: 'color-scheme: dark' },
      ', ellers på mørk bunn); på en lys side: ',
      { code: 'transparent-light' },
      ' (mørk tekst).',
    ],
  ],
  resizeHelp: 'Valgfritt, for artikkelkoden: skriptet under lar rammens høyde følge innholdet (aldri høyere enn det som rommer den).',
  resizeScript: 'Valgfritt skript for høyde',
  presenterView: 'Presentasjonsvisning',
  embedView: 'Innbyggingsvisning',
};

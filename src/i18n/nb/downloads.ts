import type { Messages } from '../messages.ts';

/** A chart's downloads list (src/components/chart/ChartDownloads.astro). */
export const downloads: Messages['downloads'] = {
  download: 'Last ned',
  slides: 'PNG for lysark',
  social: 'PNG for sosiale medier',
  light: 'lys',
  dark: 'mørk',
  svg: 'SVG for nettet (tekst som kan merkes), med forklaring, kilder og skrift',
  svgOutlines:
    'SVG for lysark (PowerPoint, Keynote, LibreOffice, Google Presentasjoner): det samme, med teksten tegnet som former så den ser riktig ut i alle programmer',
  parts: (n: number) => `, i ${n} deler (en rad per studie er for høyt for ett lesbart lysark)`,
  pptx: 'PowerPoint med talenotater',
  thisChart: 'denne figuren',
  deck: (topic: string) => `${topic} (alle figurene)`,
  csv: (n: string) => `CSV med de ${n} tallene i figuren og kildene deres`,
  citation: 'Referanse',
  apaFile: 'APA (tekst)',
  cite: 'Slik siterer du figuren',
};

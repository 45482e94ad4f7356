/** A chart's downloads list (src/components/chart/ChartDownloads.astro). */
export const downloads = {
  download: 'Download',
  slides: 'PNG for slides',
  social: 'PNG for social media',
  light: 'light',
  dark: 'dark',
  svg: 'SVG for the web (selectable text), with legend, sources and font inside',
  svgOutlines: 'SVG for slides (PowerPoint, Keynote, LibreOffice, Google Slides): the same, its text drawn as shapes so it looks right in any program',
  parts: (n: number) => `, in ${n} parts (a row per study is too tall for one legible slide)`,
  pptx: 'PowerPoint with speaker notes',
  thisChart: 'this chart',
  deck: (topic: string) => `${topic} (all its charts)`,
  csv: (n: string) => `CSV of the ${n} numbers plotted, with their sources`,
  citation: 'Citation',
  apaFile: 'APA (text)',
  cite: 'Cite this chart',
};

/** Slides: the PowerPoint files (src/export/pptx.ts) and the presenter view (src/components/shell/PresentPage.astro). */
export const slides = {
  /** Speaker notes of a chart drawn on several slides. */
  part: (i: number, n: number) => `Part ${i} of ${n} of the chart.`,
  story: 'Step by step:',
  online: 'The chart online, with its data table and sources:',
  deckTitle: (topic: string) => topic,
  deckSubtitle: (version: string, date: string) => `Charts with their sources · data version ${version} (${date})`,
  deckNotes: 'Each slide shows one chart; its sources are on the slide and in the notes.',
  /** The presenter view's caption of a part of a tall chart. */
  partCaption: (i: number, n: number) => `Part ${i} of ${n}`,
  presentKeys: '→ / Space: next · ←: back · Home / End · F: full screen · D: dark',
  presentDownload: 'Download as one file (works offline)',
};

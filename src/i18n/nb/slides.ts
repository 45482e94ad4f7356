import type { Messages } from '../messages.ts';

/** Slides: the PowerPoint files (src/export/pptx.ts) and the presenter view (src/components/shell/PresentPage.astro). */
export const slides: Messages['slides'] = {
  part: (i: number, n: number) => `Del ${i} av ${n} av figuren.`,
  story: 'Steg for steg:',
  online: 'Figuren på nett, med datatabell og kilder:',
  deckTitle: (topic: string) => topic,
  deckSubtitle: (version: string, date: string) => `Figurer med kilder · dataversjon ${version} (${date})`,
  deckNotes: 'Hvert lysark viser én figur; kildene står på lysarket og i notatene.',
  partCaption: (i: number, n: number) => `Del ${i} av ${n}`,
  presentKeys: '→ / mellomrom: neste · ←: forrige · Home / End · F: fullskjerm · D: mørk',
  presentDownload: 'Last ned som én fil (virker uten nett)',
};

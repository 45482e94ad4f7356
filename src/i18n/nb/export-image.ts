import type { Messages } from '../messages.ts';

/** Ord som trykkes på en figurs nedlastede bilder (SVG, PNG, lysbilder; src/export/). */
export const exportImage: Messages['exportImage'] = {
  moreSources: (n: number) => `og ${n} til`,
};

import type { Messages } from '../messages.ts';

/** The embed page (src/components/EmbedPage.astro) and its layout model (src/lib/embed.ts). */
export const embed: Messages['embed'] = {
  newer: (version: string) => `Nyere data finnes (versjon ${version})`,
  show: 'Vis',
};

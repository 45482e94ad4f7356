import type { Messages } from '../messages.ts';

/** The embed page (src/components/shell/EmbedPage.astro) and its layout model (src/site/embed.ts). */
export const embed: Messages['embed'] = {
  newer: (version: string) => `Nyere data finnes (versjon ${version})`,
  show: 'Vis',
};

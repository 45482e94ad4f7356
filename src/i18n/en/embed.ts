/** The embed page (src/components/shell/EmbedPage.astro) and its layout model (src/site/embed.ts). */
export const embed = {
  /** A pinned embed whose data has a newer version. */
  newer: (version: string) => `Newer data available (version ${version})`,
  /** Before the buttons that switch between a chart's views. */
  show: 'Show',
};

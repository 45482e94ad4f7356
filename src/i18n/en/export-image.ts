/** Words printed on a chart's downloaded images (SVG, PNG, slides; src/export/). */
export const exportImage = {
  /** The end of a source line that names only the first few sources: "…; Bond 2015 and 8 more". */
  moreSources: (n: number) => `and ${n} more`,
};

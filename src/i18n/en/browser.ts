/**
 * Words the browser code says (src/client/chart-element.ts). The client imports no build
 * modules: the page hands them over in data attributes of <ips-chart> (src/components/chart/Chart.astro).
 */
export const browser = {
  /** Announced after the embed code is copied. */
  copied: 'Copied.',
  /** After the chart's title, as the accessible name of a chart one can step through. */
  keysHint: 'Use the arrow keys to read the values.',
};

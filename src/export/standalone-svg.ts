/**
 * The standalone chart image, kept at this address for the modules and tests that import it.
 * Its parts live in src/export/, one job each: theme (colours from the design tokens), formats
 * (sizes of each output), prepare-plot (the chart's SVG made to stand alone), words, text-layout
 * (wrapping), layout (placing words and chart) and compose (assembling the file).
 */
export { THEMES, type Theme } from './theme.ts';
export { FORMATS, type ExportFormat, type FormatName } from './formats.ts';
export { chartPlotSvg, exportPlot, preparePlotSvg, type PreparedPlot } from './prepare-plot.ts';
export { textWidth, wrapText } from './text-layout.ts';
export { escapeXml } from '../site/escape.ts';
export { exportTexts, type ExportInput } from './words.ts';
export { requiredScale } from './layout.ts';
export { composeParts, composeSvg, standaloneParts, standaloneSvg, type ComposeOptions } from './compose.ts';

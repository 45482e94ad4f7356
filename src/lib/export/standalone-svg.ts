/**
 * The standalone chart image, kept at this address for the modules and tests that import it.
 * Its parts live in src/export/, one job each: theme (colours from the design tokens), formats
 * (sizes of each output), prepare-plot (the chart's SVG made to stand alone), words, text-layout
 * (wrapping), layout (placing words and chart) and compose (assembling the file).
 */
export { THEMES, type Theme } from '../../export/theme.ts';
export { FORMATS, type ExportFormat, type FormatName } from '../../export/formats.ts';
export { chartPlotSvg, exportPlot, preparePlotSvg, type PreparedPlot } from '../../export/prepare-plot.ts';
export { textWidth, wrapText } from '../../export/text-layout.ts';
export { escapeXml } from '../../site/escape.ts';
export { exportTexts, type ExportInput } from '../../export/words.ts';
export { requiredScale } from '../../export/layout.ts';
export { composeParts, composeSvg, standaloneParts, standaloneSvg, type ComposeOptions } from '../../export/compose.ts';

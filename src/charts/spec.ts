/**
 * What a chart module produces: everything the page needs to show a chart, decided from
 * the data alone. Pure values — no DOM — so a spec can be tested, rendered to SVG at build
 * time, written to CSV, or stepped through in a presentation from the same object.
 */
import type { PlotOptions } from '@observablehq/plot';
import type { Figure } from '../data/schemas.ts';
import type { Lang } from '../i18n/index.ts';

export interface TableColumn {
  label: string;
  /** Numbers align right so digits line up. */
  numeric?: boolean;
}

export interface TableCell {
  text: string;
  /** The data row the cell shows, so the page can show its status and source. */
  figure?: Figure;
  /** Set when the cell is computed here (src/stats/stats.ts) rather than read from a source. */
  derived?: string;
}

export interface DataTable {
  columns: TableColumn[];
  rows: TableCell[][];
}

/**
 * One way of looking at the chart's data (e.g. "Percent" or "Difference", "12 months" or
 * "18 months", sorted by year or by effect). Every view is rendered at build time; the
 * browser only switches which one is shown, so the toggles need no charting code.
 */
export interface ChartView {
  /** Stable within the chart: used in URLs (`?view=`) and element ids. */
  id: string;
  /** The toggle's label. */
  label: string;
  /** Plot options without `document`; the renderer supplies one. Every data mark carries a
   *  `title` channel ("Row · Series: value (95% CI …)"): the browser script shows it on hover
   *  and keyboard focus, and screen readers announce it. */
  plot: PlotOptions;
  table: DataTable;
}

/**
 * One step of the chart's story, for the presenter view and embeds started at a step: the
 * marks to show, by the step classes the chart gave them (Plot `className: 'step-…'`).
 * Marks without a step class (axes, row labels) always show. Steps apply to the first view.
 */
export interface StoryStep {
  /** What the presenter says at this step, shown as a caption: one short sentence. */
  caption: string;
  /** Step classes visible at this step, e.g. ['step-control', 'step-intervention']. */
  show: string[];
}

export interface ChartSpec {
  /** Stable id, used in URLs, element ids and file names: never change it once published. */
  id: string;
  lang: Lang;
  title: string;
  /** One plain-language sentence, generated from the data. */
  summary: string;
  /** The series in the chart, named in words beside their colour (the SVG carries no legend). */
  legend: Array<{ key: import('../styles/palette.ts').PaletteKey; label: string }>;
  /** At least one; the first is shown without JavaScript. */
  views: [ChartView, ...ChartView[]];
  /** Every data row the chart shows, for its sources list and downloads. */
  figures: Figure[];
  /** How each derived number was computed, in words, for the note under the chart. */
  derivations: string[];
  /** Shown under the chart when sources disagree or a caveat applies. */
  notes?: string[];
  /** The chart's story, step by step (presenter view). Without steps the chart is one step. */
  steps?: StoryStep[];
}

export type ChartBuilder = (evidence: import('../data/load.ts').Evidence, lang: Lang) => ChartSpec;

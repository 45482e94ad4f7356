/**
 * Preparation: a chart's drawing made to stand alone in a download. The page's SVG leans on the
 * page (a <style> with custom properties, currentColor, the page font, ARIA for the page's
 * figure); a download has none of that, so those become literal attributes in a theme's colours.
 */
import { DOMParser } from 'linkedom';
import type { ChartSpec } from '../charts/spec.ts';
import { chartViewElement, chartViewSvg } from '../render/chart-drawings.ts';
import { FONT_STACK } from './font.ts';
import { haloColour, literalColours, type Theme } from './theme.ts';

export interface PreparedPlot {
  /** The plot's <svg> element, colours made literal, ready to nest (x/y/width/height added later). */
  markup: string;
  width: number;
  height: number;
  /** The plot's own font size in px (15 on the site). */
  fontSize: number;
  /** Its smallest type (an annotation may be 13), in its own units. */
  minFontSize: number;
  /** Plot's margins: the header above the rows and the axis below them (for parts). */
  marginTop: number;
  marginBottom: number;
}

/**
 * A chart's drawing, prepared once per theme and reused for every format (a chart page offers a
 * dozen files). Keyed by the spec object, so a spec built for another data version or language
 * is prepared afresh.
 */
const prepared = new WeakMap<ChartSpec, Map<Theme, PreparedPlot>>();

/**
 * The chart's first view: the very drawing its page shows (src/render/chart-drawings.ts,
 * drawn once per build). Its ids, title and page styles are dropped when it is prepared.
 */
export function chartPlotSvg(spec: ChartSpec): string {
  return chartViewSvg(spec, 0);
}

/** The chart's first view, prepared for a theme, with its margins (for cutting it into parts). */
export function exportPlot(spec: ChartSpec, theme: Theme): PreparedPlot {
  let byTheme = prepared.get(spec);
  if (!byTheme) prepared.set(spec, (byTheme = new Map()));
  let plot = byTheme.get(theme);
  if (!plot) {
    const options = spec.views[0].plot;
    plot = preparePlotElement(chartViewElement(spec, 0), theme, { marginTop: options.marginTop, marginBottom: options.marginBottom });
    byTheme.set(theme, plot);
  }
  return plot;
}

/**
 * Makes Plot's SVG stand alone in a theme: drops its <style> (CSS variables) and inline
 * styles (keeping the font size), replaces currentColor and var() with the theme's colours,
 * turns the white halo around dots into the background colour, and sets the export font.
 */
export function preparePlotSvg(svg: string, theme: Theme, margins: Margins = {}): PreparedPlot {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  return preparePlotElement(doc.documentElement as unknown as Element, theme, margins);
}

type Margins = { marginTop?: number | undefined; marginBottom?: number | undefined };

/** As preparePlotSvg, on the drawing's own element (changed in place: pass a copy). */
export function preparePlotElement(root: Element, theme: Theme, margins: Margins = {}): PreparedPlot {
  if (!root || root.tagName.toLowerCase() !== 'svg') throw new Error('The chart renderer did not return an <svg>.');
  const width = Number(root.getAttribute('width'));
  const height = Number(root.getAttribute('height'));
  if (!(width > 0 && height > 0)) throw new Error('The chart <svg> has no width and height.');

  const style = root.getAttribute('style') ?? '';
  const fontSize = /font-size:\s*([\d.]+)px/.exec(style)?.[1];
  if (fontSize) root.setAttribute('font-size', fontSize);
  root.setAttribute('font-family', FONT_STACK);
  for (const name of ['style', 'class', 'role', 'aria-labelledby', 'aria-describedby', 'width', 'height', 'xmlns']) root.removeAttribute(name);
  for (const child of Array.from(root.children)) {
    const tag = child.tagName.toLowerCase();
    if (tag === 'style' || tag === 'title' || tag === 'desc') child.remove();
  }
  for (const el of Array.from(root.querySelectorAll('style'))) el.remove();

  for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
    for (const attr of Array.from(el.attributes)) {
      let value = attr.value;
      if (attr.name === 'stroke') value = haloColour(value, theme) ?? value;
      value = literalColours(value, theme);
      if (attr.name === 'style') value = value.replace(/font-family:[^;]*;?/g, '');
      if (attr.name.startsWith('aria-')) {
        el.removeAttribute(attr.name);
        continue;
      }
      if (value !== attr.value) el.setAttribute(attr.name, value);
    }
  }
  root.setAttribute('overflow', 'visible');
  const base = Number(fontSize ?? root.getAttribute('font-size') ?? 15) || 15;
  return {
    markup: root.toString(),
    width,
    height,
    fontSize: base,
    minFontSize: smallestType(root, base),
    marginTop: margins.marginTop ?? 0,
    marginBottom: margins.marginBottom ?? 0,
  };
}

/** The smallest font size any <text> of the plot is drawn at (sizes inherit from groups). */
function smallestType(root: Element, base: number): number {
  let min = Infinity;
  const walk = (el: Element, size: number) => {
    const own = Number(el.getAttribute('font-size'));
    const s = own > 0 ? own : size;
    if (el.tagName.toLowerCase() === 'text' && (el.textContent ?? '').trim()) min = Math.min(min, s);
    for (const child of Array.from(el.children)) walk(child, s);
  };
  walk(root, base);
  return Number.isFinite(min) ? min : base;
}

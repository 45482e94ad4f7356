/**
 * Renders Plot options to an SVG string at build time, then makes it stand alone and pass
 * axe: Plot's raw output puts `aria-label` on <g> and <rect> without a role (prohibited),
 * has no xmlns (needed outside HTML), and prints coordinates to 15 digits (bytes, and
 * snapshot churn). The browser never sees Plot; it gets this string.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

export interface SvgOptions {
  /** Stable prefix for ids inside the SVG (e.g. the chart id). */
  idPrefix: string;
  /** Accessible name of the image. */
  title: string;
  /** Longer accessible description (the summary sentence). */
  description: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A drawing as markup for the page, and as the element it was serialised from (for downloads). */
export interface PlotDrawing {
  svg: string;
  /** The same <svg>, not to be changed: clone it (the downloads prepare a copy per theme). */
  element: Element;
}

export function renderPlotSvg(options: Plot.PlotOptions, svg: SvgOptions): string {
  return drawPlot(options, svg).svg;
}

export function drawPlot(options: Plot.PlotOptions, svg: SvgOptions): PlotDrawing {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  // Plot returns a <figure> when given a title, caption or legend; the page supplies those
  // itself, so the chart options must not, and we insist on an <svg>.
  const node = Plot.plot({ ...options, document: document as unknown as Document }) as unknown as Element;
  if (node.tagName.toLowerCase() !== 'svg') {
    throw new Error(
      `Chart "${svg.idPrefix}": Plot returned a <${node.tagName.toLowerCase()}>, not an <svg>. Put titles, captions and legends in the chart spec, not in the Plot options.`,
    );
  }
  return { svg: postProcess(node, document as unknown as Document, svg), element: node };
}

function postProcess(root: Element, document: Document, svg: SvgOptions): string {
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('role', 'img');
  const titleId = `${svg.idPrefix}-svg-title`;
  const descId = `${svg.idPrefix}-svg-desc`;
  root.setAttribute('aria-labelledby', titleId);
  root.setAttribute('aria-describedby', descId);
  // Plot's sizing attributes stay (they are the intrinsic size); CSS makes it fluid.
  const title = document.createElementNS(SVG_NS, 'title');
  title.setAttribute('id', titleId);
  title.textContent = svg.title;
  const desc = document.createElementNS(SVG_NS, 'desc');
  desc.setAttribute('id', descId);
  desc.textContent = svg.description;
  root.insertBefore(desc, root.firstChild);
  root.insertBefore(title, root.firstChild);

  for (const el of Array.from(root.querySelectorAll('[aria-label], [aria-description]'))) {
    el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
  }
  for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
    // SVG's font-variant attribute takes only normal | small-caps; Plot passes any value through
    // (e.g. tabular-nums), which is invalid markup: keep it as the CSS property it means.
    const variant = el.getAttribute('font-variant');
    if (variant && !/^(normal|small-caps)$/.test(variant)) {
      el.removeAttribute('font-variant');
      el.setAttribute('style', `${el.getAttribute('style') ?? ''}${el.getAttribute('style') ? ';' : ''}font-variant-numeric:${variant}`);
    }
    for (const name of GEOMETRY_ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value !== null) el.setAttribute(name, roundNumbers(value));
    }
  }
  // Plot's own class is a fixed hash; give it the chart's id so two charts' styles never meet.
  const plotClass = root.getAttribute('class') ?? '';
  let html = root.outerHTML;
  if (plotClass) html = html.split(plotClass).join(`${svg.idPrefix}-plot`);
  return html;
}

/** Only geometry is rounded; text (a p-value of 0.015) is never touched. */
const GEOMETRY_ATTRIBUTES = ['d', 'transform', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'points', 'viewBox'];

/** Two decimals are a hundredth of a pixel: invisible, and far fewer bytes. */
function roundNumbers(value: string): string {
  return value.replace(/(-?\d+\.\d{3,})/g, (m) => {
    const n = Math.round(Number(m) * 100) / 100;
    return Object.is(n, -0) ? '0' : String(n);
  });
}

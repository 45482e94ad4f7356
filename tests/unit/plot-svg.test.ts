import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { renderPlotSvg } from '../../src/render/plot-svg.ts';

const options: Plot.PlotOptions = {
  width: 300,
  height: 120,
  marks: [
    Plot.barX(
      [
        { arm: 'IPS', v: 37.4 },
        { arm: 'Control', v: 27.1 },
      ],
      { y: 'arm', x: 'v' },
    ),
  ],
};
const svgOptions = { idPrefix: 'test-chart', title: 'A test chart', description: 'Two bars, p = 0.015.' };

describe('renderPlotSvg', () => {
  const svg = renderPlotSvg(options, svgOptions);
  const { document } = parseHTML(`<html><body>${svg}</body></html>`);
  const root = document.querySelector('svg')!;

  it('stands alone: an <svg> root with the SVG namespace', () => {
    expect(svg.startsWith('<svg')).toBe(true);
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
  });

  it('is an image named by its own <title> and described by its <desc>', () => {
    expect(root.getAttribute('role')).toBe('img');
    const title = document.getElementById(root.getAttribute('aria-labelledby')!);
    const desc = document.getElementById(root.getAttribute('aria-describedby')!);
    expect(title?.tagName.toLowerCase()).toBe('title');
    expect(title?.textContent).toBe('A test chart');
    expect(desc?.textContent).toBe('Two bars, p = 0.015.');
  });

  it('leaves no aria-label on elements without a role (axe: aria-prohibited-attr)', () => {
    expect(root.querySelectorAll('[aria-label]').length).toBe(0);
  });

  it('rounds geometry to two decimals and leaves text alone', () => {
    for (const el of root.querySelectorAll('[transform], [d], [x], [width]')) {
      for (const name of ['transform', 'd', 'x', 'width']) {
        expect(el.getAttribute(name) ?? '').not.toMatch(/\d\.\d{3,}/);
      }
    }
    expect(svg).toContain('p = 0.015');
  });

  it('is the same string every time (stable ids and classes)', () => {
    expect(renderPlotSvg(options, svgOptions)).toBe(svg);
    expect(svg).toContain('test-chart-plot');
    expect(svg).not.toMatch(/plot-[0-9a-f]{6}/);
  });

  it('refuses Plot options that make a <figure> (titles belong to the chart spec)', () => {
    expect(() => renderPlotSvg({ ...options, title: 'x' }, svgOptions)).toThrow(/not an <svg>/);
  });
});

/**
 * Slides: legible from the back of a room, with a QR code that phones can read.
 *
 * - Every chart's slide images (1920 × 1080), both languages: every piece of text, the chart's
 *   own included, is drawn at 24 px or more; a tall chart comes in parts to get there, and
 *   every row of the chart is in exactly one part.
 * - Social cards (1200 × 630, seen at ~500 px wide): their words at 24 px or more (10 px seen).
 * - The QR code, read back by zbarimg from the real PNG resvg draws, is the chart's address
 *   pinned to this data version, and the same address is printed beside it.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { charts, chartSpec, type ChartId } from '../../../src/charts/index.ts';
import { loadEvidence } from '../../../src/data/load.ts';
import { chartPng, pngSvgs } from '../../../src/export/png.ts';
import { shortUrl } from '../../../src/export/qr.ts';
import { slideUrl } from '../../../src/site/urls.ts';
import { occupied, plotParts } from '../../../src/export/sections.ts';
import { exportPlot } from '../../../src/export/standalone-svg.ts';
import { run, scratch } from './slide-tools.ts';

const evidence = loadEvidence();
const SITE = 'https://evidence.example.org';
const ids = Object.keys(charts) as ChartId[];
const input = (id: ChartId, lang: 'en' | 'nb') => ({
  spec: chartSpec(id, evidence, lang),
  evidence,
  url: `${SITE}/somewhere/#chart-${id}`,
  link: slideUrl(lang, id, evidence.release.version, SITE, '/'),
});

/** Every <text> of an SVG with the size it is drawn at in the image (font size × nested scales). */
function drawnTextSizes(svg: string): Array<{ text: string; px: number; inChart: boolean }> {
  const root = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement as unknown as Element;
  const out: Array<{ text: string; px: number; inChart: boolean }> = [];
  const walk = (el: Element, scale: number, size: number, depth: number) => {
    let k = scale;
    const tag = el.tagName.toLowerCase();
    if (tag === 'svg' && el !== root) {
      const vb = (el.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
      const w = Number(el.getAttribute('width'));
      if (vb.length === 4 && vb[2]! > 0 && w > 0) k *= w / vb[2]!;
    }
    const m = /scale\(([\d.]+)/.exec(el.getAttribute('transform') ?? '');
    if (m) k *= Number(m[1]);
    const own = Number(el.getAttribute('font-size'));
    const s = own > 0 ? own : size;
    if (tag === 'text') {
      const text = (el.textContent ?? '').trim();
      if (text) out.push({ text, px: s * k, inChart: depth > 0 });
      return;
    }
    for (const child of Array.from(el.children)) walk(child, k, s, depth + (tag === 'svg' && el !== root ? 1 : 0));
  };
  walk(root, 1, 16, 0);
  return out;
}

describe('slide images (1920 × 1080)', { timeout: 60_000 }, () => {
  for (const lang of ['en', 'nb'] as const) {
    for (const id of ids) {
      it(`${lang}/${id}: every text, the chart's own included, is at least 24 px`, () => {
        const svgs = pngSvgs(input(id, lang), 'slide', 'light');
        expect(svgs.length).toBeGreaterThanOrEqual(1);
        for (const [i, svg] of svgs.entries()) {
          const sizes = drawnTextSizes(svg);
          expect(sizes.filter((s) => s.inChart).length, `part ${i + 1} draws the chart`).toBeGreaterThan(0);
          for (const s of sizes) expect(s.px, `part ${i + 1}: "${s.text}"`).toBeGreaterThanOrEqual(24 - 1e-6);
        }
      });
    }
  }

  it('shows a tall chart in parts cut between rows: every text of the chart whole in exactly one part', () => {
    const tall = ids.filter((id) => pngSvgs(input(id, 'en'), 'slide', 'light').length > 1);
    expect(tall, 'a chart with a row per trial is split').toContain('individual-trials');
    for (const id of tall) {
      const count = pngSvgs(input(id, 'en'), 'slide', 'light').length;
      const plot = exportPlot(input(id, 'en').spec, 'light');
      const parts = plotParts(plot.markup, plot, count);
      expect(parts).toHaveLength(count);
      const top = plot.marginTop;
      const bottom = plot.height - plot.marginBottom;
      expect(parts[0]!.top).toBe(top);
      expect(parts.at(-1)!.bottom).toBe(bottom);
      parts.slice(1).forEach((p, i) => expect(p.top, `${id}: parts meet`).toBe(parts[i]!.bottom));
      // Every drawn thing between the header and the axis (but full-height rules) lies inside one part.
      const body = occupied(plot.markup).filter(([a, b]) => a >= top && b <= bottom && b - a < (bottom - top) / 2);
      expect(body.length).toBeGreaterThan(count);
      for (const [a, b] of body) {
        const holders = parts.filter((p) => a >= p.top && b <= p.bottom);
        expect(holders.length, `${id}: the mark at ${a.toFixed(0)}–${b.toFixed(0)} is cut`).toBe(1);
      }
      pngSvgs(input(id, 'en'), 'slide', 'light').forEach((svg, i) => expect(svg).toContain(`(${i + 1}/${count})`));
    }
  });
});

describe('social cards (1200 × 630)', { timeout: 60_000 }, () => {
  for (const lang of ['en', 'nb'] as const) {
    it(`${lang}: the words are at least 24 px (10 px when shown 500 px wide), one image per chart`, () => {
      for (const id of ids) {
        const svgs = pngSvgs(input(id, lang), 'social', 'dark');
        expect(svgs).toHaveLength(1);
        const words = drawnTextSizes(svgs[0]!).filter((s) => !s.inChart);
        expect(words.some((w) => w.text.includes(shortUrl(input(id, lang).link).slice(0, 12)))).toBe(true);
        for (const w of words) expect((w.px * 500) / 1200, `${id}: "${w.text}"`).toBeGreaterThanOrEqual(10 - 1e-6);
      }
    });
  }
});

describe('QR code on the slide PNG, read back with zbarimg', { timeout: 60_000 }, () => {
  const dir = scratch('qr');
  for (const [id, lang, theme, part] of [
    ['trial-headlines', 'en', 'light', 0],
    ['individual-trials', 'nb', 'dark', 1],
    ['unemployment-health', 'en', 'dark', 0],
  ] as const) {
    it(`${lang}/${id} (${theme}, part ${part + 1}) opens the chart pinned to data version ${evidence.release.version}`, () => {
      const x = input(id, lang);
      const file = path.join(dir, `${id}-${lang}-${theme}-${part}.png`);
      writeFileSync(file, chartPng(x, 'slide', theme, part));
      const decoded = run('zbarimg', ['--quiet', '--raw', file]).trim();
      const expected = `${SITE}/${lang === 'en' ? '' : 'nb/'}embed/v${evidence.release.version}/${id}/`;
      expect(decoded).toBe(expected);
      expect(x.link).toBe(expected);
      // The same address, short, is printed on the slide (it may wrap after a "/" or "-").
      const printed = drawnTextSizes(pngSvgs(x, 'slide', theme)[part]!)
        .map((s) => s.text)
        .join('');
      expect(printed.replace(/\s/g, '')).toContain(shortUrl(expected));
    });
  }
});

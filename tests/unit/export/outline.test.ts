/**
 * The standalone SVG for slide tools (text as outlines), drawn by the real engines.
 *
 * librsvg (rsvg-convert: GNOME, LibreOffice's and Inkscape's import path, many converters)
 * ignores the embedded @font-face, so the text version's lines run off the right edge there.
 * For every chart in both languages, the outline version:
 *   - has no <text> left and no embedded font, and keeps its title and summary for screen readers;
 *   - drawn by rsvg-convert, puts no ink in the right margin;
 *   - drawn by rsvg-convert and by Chromium at the same size, differs in few pixels;
 *   - drawn by Chromium, matches Chromium's drawing of the text version with its embedded
 *     font (so the outlines are the very glyphs, where the text would be).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { findChromium } from '../../support/chromium.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { charts, chartSpec, type ChartId } from '../../../src/charts/index.ts';
import { loadEvidence } from '../../../src/data/load.ts';
import { outlineSvg } from '../../../src/export/outline.ts';
import { FORMATS, standaloneSvg } from '../../../src/export/standalone-svg.ts';
import { run, scratch } from './slide-tools.ts';

const evidence = loadEvidence();
const ids = Object.keys(charts) as ChartId[];
const dir = scratch('outline');

/** Chromium as the browser tests find it (playwright.config.ts), else Playwright's own. */
const executablePath = findChromium();

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch(executablePath ? { executablePath } : {});
});
afterAll(async () => {
  await browser?.close();
});

interface Comparison {
  /** Share of 4 × 4 px blocks whose mean grey differs by more than 40 between rsvg and Chromium (outlines). */
  engines: number;
  /** The same between Chromium's outline drawing and its drawing of the text version. */
  textVsOutline: number;
  /** Pixels with ink in the right margin of rsvg's drawing. */
  marginInk: number;
}

/** Draws the images in Chromium and compares them pixel by pixel. */
async function compare(rsvgPng: Buffer, outline: string, text: string, width: number, height: number, margin: number): Promise<Comparison> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(
      async ({ png, outline, text, width, height, margin }) => {
        const pixels = async (src: string) => {
          const img = new Image();
          img.src = src;
          await img.decode();
          const canvas = document.createElement('canvas');
          canvas.width = width;
          canvas.height = height;
          const ctx = canvas.getContext('2d')!;
          ctx.fillStyle = '#fff';
          ctx.fillRect(0, 0, width, height);
          ctx.drawImage(img, 0, 0, width, height);
          return ctx.getImageData(0, 0, width, height).data;
        };
        // UTF-8 bytes to base64 (btoa takes Latin-1 only).
        const svgUrl = (s: string) => `data:image/svg+xml;base64,${btoa(Array.from(new TextEncoder().encode(s), (b) => String.fromCharCode(b)).join(''))}`;
        const [a, b, c] = await Promise.all([pixels(`data:image/png;base64,${png}`), pixels(svgUrl(outline)), pixels(svgUrl(text))]);
        // Compared in blocks of 4 × 4 px (mean grey): glyph edges are anti-aliased differently
        // by text and path rasterisers, but a glyph misplaced, missing or too wide moves whole blocks.
        const BLOCK = 4;
        const grey = (p: Uint8ClampedArray) => {
          const w = Math.floor(width / BLOCK);
          const h = Math.floor(height / BLOCK);
          const out = new Float32Array(w * h);
          for (let y = 0; y < h * BLOCK; y++)
            for (let x = 0; x < w * BLOCK; x++) {
              const i = (y * width + x) * 4;
              out[Math.floor(y / BLOCK) * w + Math.floor(x / BLOCK)]! += (p[i]! + p[i + 1]! + p[i + 2]!) / 3 / (BLOCK * BLOCK);
            }
          return out;
        };
        const differ = (p: Uint8ClampedArray, q: Uint8ClampedArray) => {
          const gp = grey(p);
          const gq = grey(q);
          let n = 0;
          for (let i = 0; i < gp.length; i++) if (Math.abs(gp[i]! - gq[i]!) > 40) n++;
          return n / gp.length;
        };
        let ink = 0;
        for (let y = 0; y < height; y++)
          for (let x = width - margin; x < width; x++) {
            const i = (y * width + x) * 4;
            if (a[i]! < 200 || a[i + 1]! < 200 || a[i + 2]! < 200) ink++;
          }
        return { engines: differ(a, b), textVsOutline: differ(b, c), marginInk: ink };
      },
      { png: rsvgPng.toString('base64'), outline, text, width, height, margin },
    );
  } finally {
    await page.close();
  }
}

describe('the outline SVG in librsvg and Chromium', { timeout: 120_000 }, () => {
  for (const lang of ['en', 'nb'] as const) {
    for (const id of ids) {
      it(`${lang}/${id}: same picture in both engines, nothing past the right edge`, async () => {
        const spec = chartSpec(id, evidence, lang);
        const text = standaloneSvg({ spec, evidence, url: `https://evidence.example.org/page/#chart-${id}` }, FORMATS.document);
        const outline = outlineSvg(text);
        expect(outline).not.toMatch(/<text[\s>]/);
        expect(outline).not.toMatch(/@font-face/);
        expect(outline).toContain(`<title id="${id}-title">`);
        expect(outline).toMatch(/<desc[^>]*>[^<]+<\/desc>/);
        const file = path.join(dir, `${id}-${lang}-outlines.svg`);
        writeFileSync(file, outline);
        const png = path.join(dir, `${id}-${lang}-rsvg.png`);
        run('rsvg-convert', ['--format=png', '-o', png, file]);
        const width = Number(/width="(\d+)"/.exec(outline)![1]);
        const height = Number(/height="(\d+)"/.exec(outline)![1]);
        const result = await compare(readFileSync(png), outline, text, width, height, FORMATS.document.padX / 2);
        expect(result.marginInk, 'ink in the right margin (rsvg)').toBe(0);
        expect(result.engines, 'rsvg vs Chromium').toBeLessThan(0.005);
        expect(result.textVsOutline, 'outlines vs the text they replace (Chromium)').toBeLessThan(0.01);
      });
    }
  }

  // librsvg ignores the embedded face (@font-face) and draws DejaVu Sans, wider than Atkinson
  // Hyperlegible Next: the text around the chart is wrapped to fit in either face
  // (src/export/text-layout.ts textWidth), so the text version stays inside its edge there too.
  for (const [id, lang] of [
    ['individual-trials', 'nb'],
    ['ips-trials-forest', 'en'],
  ] as const) {
    it(`${lang}/${id}: the text version, drawn by librsvg in its fallback face, stays inside the edge`, async () => {
      const spec = chartSpec(id, evidence, lang);
      const text = standaloneSvg({ spec, evidence, url: `https://evidence.example.org/page/#chart-${id}` }, FORMATS.document);
      const file = path.join(dir, `text-${id}-${lang}.svg`);
      writeFileSync(file, text);
      const png = path.join(dir, `text-${id}-${lang}-rsvg.png`);
      run('rsvg-convert', ['--format=png', '-o', png, file]);
      const width = Number(/width="(\d+)"/.exec(text)![1]);
      const height = Number(/height="(\d+)"/.exec(text)![1]);
      const result = await compare(readFileSync(png), outlineSvg(text), text, width, height, FORMATS.document.padX / 2);
      expect(result.marginInk, 'ink in the right margin (rsvg, text version)').toBe(0);
    });
  }
});

import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { charts, type ChartId } from '../../../src/charts/index.ts';
import { loadEvidence } from '../../../src/data/load.ts';
import { readFileSync } from 'node:fs';
import { fontFiles, fontMetrics } from '../../../src/export/font.ts';
import { readFontMetrics } from '../../../src/export/ttf-metrics.ts';
import { chartPng, pngSvg } from '../../../src/export/png.ts';
import { FORMATS, THEMES, chartPlotSvg, preparePlotSvg, standaloneSvg, textWidth, wrapText } from '../../../src/export/standalone-svg.ts';
import { palette } from '../../../src/styles/palette.ts';

const evidence = loadEvidence();
const ids = Object.keys(charts) as ChartId[];
const URL_TEXT = 'https://example.org/ips/trials/norway/#chart-x';
const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * A strict well-formedness check (linkedom's parser forgives): every tag closed in order,
 * every attribute quoted, every "&" an entity, nothing but whitespace around the root.
 */
function assertWellFormedXml(xml: string): void {
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|([^<]+)|(<)/g;
  let m: RegExpExecArray | null;
  let roots = 0;
  while ((m = token.exec(xml))) {
    const [, close, name, , selfClose, text, stray] = m;
    if (stray) throw new Error(`Stray "<" at ${m.index}: ${xml.slice(m.index, m.index + 40)}`);
    if (text !== undefined) {
      if (!stack.length && text.trim()) throw new Error(`Text outside the root: ${text.slice(0, 40)}`);
      const bad = /&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.exec(text);
      if (bad) throw new Error(`Unescaped "&" in text: ${text.slice(bad.index, bad.index + 20)}`);
      continue;
    }
    if (!name) continue;
    if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(m[3] ?? '')) throw new Error(`Unescaped "&" in <${name}>`);
    if (close) {
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open}>`);
    } else if (!selfClose) {
      if (!stack.length) roots++;
      stack.push(name);
    } else if (!stack.length) roots++;
  }
  if (stack.length) throw new Error(`Unclosed: ${stack.join(' > ')}`);
  if (roots !== 1) throw new Error(`${roots} root elements`);
}

function parse(svg: string) {
  assertWellFormedXml(svg);
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  return doc.documentElement as unknown as Element;
}

/** Every attribute of every element, but the namespace declaration. */
function attributes(root: Element): Array<[string, string, string]> {
  return [root, ...Array.from(root.querySelectorAll('*'))].flatMap((el) =>
    Array.from(el.attributes)
      .filter((a) => a.name !== 'xmlns' && !a.name.startsWith('xmlns:'))
      .map((a): [string, string, string] => [el.tagName, a.name, a.value]),
  );
}

/** The visible lines of text (not <title>/<desc> tooltips), in document order. */
function visibleText(root: Element): string[] {
  return Array.from(root.querySelectorAll('text')).map((t) => t.textContent ?? '');
}

describe.each(ids)('the standalone SVG of %s', (id) => {
  const spec = charts[id](evidence, 'en');
  const input = { spec, evidence, url: URL_TEXT };
  const svg = standaloneSvg(input, FORMATS.document);
  const root = parse(svg);

  it('is one well-formed <svg> with the SVG namespace and a size', () => {
    expect(root.tagName.toLowerCase()).toBe('svg');
    expect(root.getAttribute('xmlns')).toBe(SVG_NS);
    expect(Number(root.getAttribute('width'))).toBe(FORMATS.document.width);
    expect(Number(root.getAttribute('height'))).toBeGreaterThan(200);
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${root.getAttribute('width')} ${root.getAttribute('height')}`);
  });

  it('names itself by the chart title and describes itself by the summary', () => {
    expect(root.querySelector('title')?.textContent).toBe(spec.title);
    expect(root.querySelector('desc')?.textContent).toBe(spec.summary);
  });

  it('shows the title, summary, legend, sources and data version as text', () => {
    const text = visibleText(root).join(' ');
    expect(text).toContain(spec.title);
    expect(text).toContain(spec.summary);
    for (const item of spec.legend) expect(text).toContain(item.label);
    expect(text).toContain(`data version ${evidence.release.version}`);
    expect(text.replace(/\s+/g, '')).toContain(URL_TEXT);
    expect(text).toMatch(/Sources: /);
  });

  it('draws a swatch in each legend colour', () => {
    const fills = Array.from(root.querySelectorAll(':scope > circle')).map((c) => c.getAttribute('fill'));
    expect(fills).toEqual(spec.legend.map((l) => palette[l.key]));
  });

  it('nests the chart as an <svg> that scales (viewBox kept, position and size given)', () => {
    const inner = root.querySelector('svg');
    expect(inner).not.toBeNull();
    for (const name of ['x', 'y', 'width', 'height', 'viewBox']) expect(inner!.getAttribute(name), name).toBeTruthy();
    expect(inner!.querySelector('style')).toBeNull();
  });

  it('uses no currentColor, no CSS variables and no external reference', () => {
    expect(svg).not.toMatch(/currentcolor/i);
    expect(svg).not.toContain('var(');
    for (const [tag, name, value] of attributes(root)) {
      expect(`${tag} ${name}="${value}"`).not.toMatch(/https?:/);
      expect(name).not.toMatch(/href$/);
    }
    // The only addresses are the namespace and the chart's address printed in the footer.
    const addresses = svg.match(/https?:\/\/[^\s"<)]+/g) ?? [];
    expect(new Set(addresses.filter((a) => a !== SVG_NS))).toEqual(
      new Set(
        visibleText(root)
          .filter((t) => /https?:/.test(t))
          .map((t) => t.slice(t.indexOf('http'))),
      ),
    );
    // Style: only the font, inlined.
    const style = root.querySelector('style')?.textContent ?? '';
    expect(style).toContain('@font-face');
    for (const u of style.match(/url\(([^)]*)\)/g) ?? []) expect(u.startsWith('url(data:font/ttf;base64,')).toBe(true);
  });

  it('has literal colours from the light theme and the palette only', () => {
    const colours = new Set(
      attributes(root)
        .filter(([, n]) => n === 'fill' || n === 'stroke')
        .map(([, , v]) => v.toLowerCase()),
    );
    const allowed = new Set([...Object.values(THEMES.light), ...Object.values(palette)].map((c) => c.toLowerCase()).concat('none'));
    for (const c of colours) expect(allowed.has(c) || /^#[0-9a-f]{3,8}$/.test(c), c).toBe(true);
    expect(colours.has('white')).toBe(false);
  });

  it('composes slides with type legible from the back of a hall, in both themes', () => {
    for (const theme of ['light', 'dark'] as const) {
      const slide = parse(pngSvg(input, 'slide', theme));
      expect(slide.getAttribute('width')).toBe('1920');
      expect(slide.getAttribute('height')).toBe('1080');
      const texts = Array.from(slide.querySelectorAll(':scope > text'));
      const title = texts.filter((t) => t.getAttribute('font-weight') === '700');
      // A tall chart's slide is the first of its parts: "Title (1/2)" (src/export/sections.ts).
      expect(
        title
          .map((t) => t.textContent)
          .join(' ')
          .replace(/ \(1\/\d\)$/, ''),
      ).toBe(spec.title);
      for (const t of title) expect(Number(t.getAttribute('font-size'))).toBeGreaterThanOrEqual(48);
      const sourceAt = texts.findIndex((t) => (t.textContent ?? '').startsWith('Sources: '));
      expect(sourceAt).toBeGreaterThan(0);
      for (const t of texts.slice(sourceAt)) expect(Number(t.getAttribute('font-size'))).toBeGreaterThanOrEqual(22);
      expect(slide.querySelector('rect')?.getAttribute('fill')).toBe(THEMES[theme].background);
      expect(pngSvg(input, 'slide', theme)).not.toMatch(/currentcolor|var\(/i);
    }
  });

  it('keeps every line of text inside the image', () => {
    for (const [format, theme] of [
      ['slide', 'dark'],
      ['social', 'light'],
    ] as const) {
      const doc = parse(pngSvg(input, format, theme));
      const width = Number(doc.getAttribute('width'));
      for (const t of Array.from(doc.querySelectorAll(':scope > text'))) {
        const x = Number(t.getAttribute('x'));
        const size = Number(t.getAttribute('font-size'));
        const w = textWidth(t.textContent ?? '', size, t.getAttribute('font-weight') === '700' ? 700 : 400);
        expect(x + w, `${format}: "${t.textContent}"`).toBeLessThanOrEqual(width - FORMATS[format].padX + 1);
      }
    }
  });
});

describe('fonts', () => {
  it('draws every character of every chart, in both languages, with the export font or its fallback', () => {
    const fonts = fontFiles().map((f) => readFontMetrics(readFileSync(f)));
    const missing = new Set<string>();
    for (const lang of ['en', 'nb'] as const) {
      for (const id of ids) {
        const svg = standaloneSvg({ spec: charts[id](evidence, lang), evidence, url: URL_TEXT }, FORMATS.document, {
          embedFont: false,
        });
        for (const text of visibleText(parse(svg)))
          for (const ch of text) if (!fonts.some((f) => f.has(ch.codePointAt(0)!))) missing.add(`${lang}/${id}: U+${ch.codePointAt(0)!.toString(16)} ${ch}`);
      }
    }
    expect([...missing]).toEqual([]);
  });
});

describe('preparePlotSvg', () => {
  const spec = charts['trial-headlines'](evidence, 'en');
  const raw = chartPlotSvg(spec);

  it('starts from the page renderer, whose output uses currentColor and a <style>', () => {
    expect(raw).toMatch(/currentColor/);
    expect(raw).toContain('<style>');
  });

  it('makes the colours literal for the theme and turns the white halo into the background', () => {
    for (const theme of ['light', 'dark'] as const) {
      const { markup } = preparePlotSvg(raw, theme);
      expect(markup).not.toMatch(/currentcolor|var\(|<style|stroke="white"/i);
      expect(markup).toContain(`fill="${THEMES[theme].text}"`);
      if (raw.includes('stroke="white"')) expect(markup).toContain(`stroke="${THEMES[theme].background}"`);
      expect(markup).toContain('font-family="');
    }
  });

  it('resolves a CSS variable with or without a fallback', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect fill="var(--muted)" stroke="var(--x, #123456)" width="1" height="1"/></svg>';
    const { markup } = preparePlotSvg(svg, 'dark');
    expect(markup).toContain(`fill="${THEMES.dark.muted}"`);
    expect(markup).toContain(`stroke="${THEMES.dark.text}"`);
  });
});

describe('text measuring and wrapping with the export font', () => {
  it('measures widths that grow with the size and the text', () => {
    const m = fontMetrics(400);
    expect(m.width('', 20)).toBe(0);
    expect(m.width('IPS', 40)).toBeCloseTo(2 * m.width('IPS', 20), 6);
    expect(m.width('W', 20)).toBeGreaterThan(m.width('i', 20));
    expect(fontMetrics(700).width('Employment', 20)).toBeGreaterThan(m.width('Employment', 20));
    expect(m.width('ø−×·', 20)).toBeGreaterThan(0);
  });

  it('wraps to the width without losing a word', () => {
    const text = 'In all four trials a larger share worked after IPS than in the comparison group.';
    const lines = wrapText(text, 20, 200);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    for (const l of lines) expect(textWidth(l, 20)).toBeLessThanOrEqual(200);
  });

  it('never breaks at a no-break space (Norwegian "68 %")', () => {
    const lines = wrapText('var 68\u00a0% menn og 52\u00a0% kvinner i alt', 20, 60);
    expect(lines.some((l) => l.includes('68\u00a0%'))).toBe(true);
    expect(lines.every((l) => !l.endsWith('68') && !l.startsWith('%'))).toBe(true);
  });

  it('breaks a long address after "/" or "#" rather than running off the edge', () => {
    const lines = wrapText(`data version 1.0.0 · ${URL_TEXT}`, 20, 220);
    expect(lines.join('').replace(/\s+/g, '')).toContain(URL_TEXT);
    for (const l of lines) expect(textWidth(l, 20)).toBeLessThanOrEqual(220);
  });
});

describe('PNG', () => {
  it('draws a slide at 1920 × 1080 and a social card at 1200 × 630', () => {
    const input = { spec: charts['trial-headlines'](evidence, 'en'), evidence, url: URL_TEXT };
    for (const [format, w, h] of [
      ['slide', 1920, 1080],
      ['social', 1200, 630],
    ] as const) {
      const png = chartPng(input, format, 'dark');
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(w);
      expect(png.readUInt32BE(20)).toBe(h);
    }
  });
});

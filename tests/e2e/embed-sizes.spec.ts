/**
 * Embeds at every size, as a host site pastes them: the snippets exactly as each chart page
 * offers them, on a page of ANOTHER origin (127.0.0.2, a server of this test's own), WITHOUT the
 * resize script. In a column 280 to 1600 px wide the chart is never clipped (the drawing, every
 * label and the source line inside the frame's viewport), and from 320 px its smallest type is
 * at least 9 px as drawn. In a reveal.js deck (served from node_modules) at 1280×720 the slide
 * snippet fits its slide; with the resize script a frame never grows past what holds it.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { charts, type ChartId } from '../../src/charts/index.ts';
import { EMBED_TYPE, typeSize } from '../../src/site/embed-snippet.ts';
import { BASE_PATH, listPages, readPageHtml } from './site';

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** Snippets as offered on the English chart pages (textarea ids embed-<id> and slide-embed-<id>), pointed at the preview server. */
function offered(baseURL: string): { responsive: Map<string, string>; slide: Map<string, string> } {
  const origin = new URL(baseURL).origin;
  const responsive = new Map<string, string>();
  const slide = new Map<string, string>();
  for (const p of listPages()) {
    if (p.path.startsWith(`${BASE_PATH}nb/`)) continue;
    for (const m of readPageHtml(p).matchAll(/<textarea id="(slide-)?embed-([a-z0-9-]+)"[^>]*>([^<]+)<\/textarea>/g)) {
      const html = decode(m[3]!).replace(/https?:\/\/[^/"]+/g, origin);
      (m[1] ? slide : responsive).set(m[2]!, html);
    }
  }
  return { responsive, slide };
}

const REVEAL_DIST = path.resolve('node_modules/reveal.js/dist');
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html; charset=utf-8' };

let host: Server;
let hostOrigin = '';
const hostPages = new Map<string, string>();
test.beforeAll(async () => {
  host = createServer((req, res) => {
    const url = req.url ?? '';
    if (url.startsWith('/reveal/')) {
      const file = path.join(REVEAL_DIST, path.normalize(url.slice('/reveal/'.length)).replace(/^(\.\.[/\\])+/, ''));
      try {
        const body = readFileSync(file);
        res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
        res.end(body);
      } catch {
        res.writeHead(404).end();
      }
      return;
    }
    const body = hostPages.get(url);
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.2', resolve));
  hostOrigin = `http://127.0.0.2:${(host.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

async function openHost(page: Page, head: string, body: string, bodyStyle = 'margin:0') {
  const url = `/host-${hostPages.size}.html`;
  hostPages.set(
    url,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>${head}</head><body style="${bodyStyle}">${body}</body></html>`,
  );
  await page.goto(`${hostOrigin}${url}`);
}

interface Fit {
  viewport: { width: number; height: number };
  svg: { left: number; top: number; right: number; bottom: number };
  /** Every label of the drawing and the source line, as boxes outside the viewport (none expected). */
  outside: string[];
  /** Smallest type in the drawing as drawn, px. */
  smallest: number;
  /** Width of the drawing as drawn (its box may be wider), px. */
  drawnWidth: number;
  scroll: { x: number; y: number };
}

/** Inside the frame: the visible drawing's box, what sticks out of the viewport, the smallest type as drawn. */
async function measure(frame: FrameLocator): Promise<Fit> {
  await expect(frame.locator('.chart__svg:not([hidden]) svg')).toBeVisible();
  return frame.locator('html').evaluate((html) => {
    const vw = html.clientWidth;
    const vh = html.clientHeight;
    const svg = document.querySelector<SVGSVGElement>('.chart__svg:not([hidden]) svg')!;
    const box = svg.getBoundingClientRect();
    const vb = svg.viewBox.baseVal;
    // The drawing keeps its aspect ratio inside its box: its scale is the smaller fit.
    const scale = Math.min(box.width / vb.width, box.height / vb.height);
    const outside: string[] = [];
    const inside = (r: DOMRect) => r.left >= -0.5 && r.top >= -0.5 && r.right <= vw + 0.5 && r.bottom <= vh + 0.5;
    let smallest = Infinity;
    for (const text of Array.from(svg.querySelectorAll('text'))) {
      const r = text.getBoundingClientRect();
      if (r.width === 0 || !text.textContent?.trim()) continue;
      if (!inside(r))
        outside.push(`"${text.textContent.trim().slice(0, 30)}" at ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`);
      smallest = Math.min(smallest, parseFloat(getComputedStyle(text).fontSize) * scale);
    }
    // The words around it, the link back and the data version included, are shown and inside too.
    for (const sel of ['.chart__title', '.chart__legend', '.embed__sources', '.embed__credit']) {
      const el = document.querySelector(sel);
      const r = el?.getBoundingClientRect();
      if (!r || r.height < 8 || !inside(r)) outside.push(sel);
    }
    return {
      viewport: { width: vw, height: vh },
      svg: { left: box.left, top: box.top, right: box.right, bottom: box.bottom },
      outside,
      smallest,
      drawnWidth: vb.width * scale,
      scroll: { x: html.scrollWidth - vw, y: html.scrollHeight - vh },
    };
  });
}

function expectFits(fit: Fit, what: string) {
  expect(fit.svg.left, `${what}: drawing's left edge in the frame`).toBeGreaterThanOrEqual(-0.5);
  expect(fit.svg.top, `${what}: drawing's top edge in the frame`).toBeGreaterThanOrEqual(-0.5);
  expect(fit.svg.right, `${what}: drawing's right edge in the frame`).toBeLessThanOrEqual(fit.viewport.width + 0.5);
  expect(fit.svg.bottom, `${what}: drawing's bottom edge in the frame`).toBeLessThanOrEqual(fit.viewport.height + 0.5);
  expect(fit.outside, `${what}: nothing outside the frame`).toEqual([]);
  expect(fit.scroll.y, `${what}: no vertical overflow`).toBeLessThanOrEqual(1);
  expect(fit.scroll.x, `${what}: no horizontal overflow`).toBeLessThanOrEqual(1);
}

const ids = Object.keys(charts) as ChartId[];
/** Column widths: legibility is required from 320 px; at 280 nothing may be clipped. */
const WIDTHS = [280, 320, 640, 1000, 1600];
const MIN_TYPE = 9;

test('every chart is offered with both snippets', ({ baseURL }) => {
  const { responsive, slide } = offered(baseURL!);
  expect([...responsive.keys()].sort()).toEqual([...ids].sort());
  expect([...slide.keys()].sort()).toEqual([...ids].sort());
  for (const html of [...responsive.values(), ...slide.values()]) {
    expect(html).toMatch(/^<iframe src="[^"]+" title="[^"]+" loading="lazy" style="[^"]*aspect-ratio:\d+\/\d+;[^"]*" data-ips-embed(="slide")?><\/iframe>$/);
    expect(html).not.toContain('<script');
  }
});

test.describe('the responsive snippet, no script, in a column of any width', () => {
  for (const chartId of ids) {
    test(`${chartId}: whole chart visible, type ≥ ${MIN_TYPE} px from 320 px`, async ({ page, baseURL }) => {
      test.setTimeout(60_000);
      const snippet = offered(baseURL!).responsive.get(chartId)!;
      const ratio = /aspect-ratio:(\d+)\/(\d+)/.exec(snippet)!;
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        await openHost(page, '', `<div style="width:${width}px">${snippet}</div>`);
        const iframe = page.locator('iframe');
        const frameBox = (await iframe.boundingBox())!;
        // The frame keeps the snippet's aspect ratio (no script changes it).
        expect(frameBox.height / frameBox.width).toBeCloseTo(Number(ratio[2]) / Number(ratio[1]), 2);
        const fit = await measure(page.frameLocator('iframe'));
        const what = `${chartId} at ${width} px (frame ${Math.round(frameBox.width)}×${Math.round(frameBox.height)})`;
        expectFits(fit, what);
        if (width >= 320) expect(fit.smallest, `${what}: smallest type as drawn`).toBeGreaterThanOrEqual(MIN_TYPE);
      }
    });
  }
});

/** A reveal.js deck, 1280×720 slides, one per chart, served from this test's host. */
function deck(slides: string[], extraHead = ''): [string, string] {
  const head =
    `<link rel="stylesheet" href="/reveal/reset.css"><link rel="stylesheet" href="/reveal/reveal.css">` +
    `<link rel="stylesheet" href="/reveal/theme/white.css">${extraHead}`;
  const body =
    `<div class="reveal"><div class="slides">${slides.map((s) => `<section>${s}</section>`).join('')}</div></div>` +
    `<script src="/reveal/reveal.js"></script>` +
    `<script>Reveal.initialize({ width: 1280, height: 720, margin: 0, minScale: 1, maxScale: 1, center: false, transition: 'none', hash: false, controls: false, progress: false });</script>`;
  return [head, body];
}

async function goToSlide(page: Page, index: number) {
  await page.evaluate((i) => (window as unknown as { Reveal: { slide: (h: number) => void } }).Reveal.slide(i), index);
  await expect(page.locator('.reveal .slides > section').nth(index)).toHaveClass(/present/);
}

test.describe('in a reveal.js deck at 1280×720', () => {
  test('the slide snippet fits its slide, the whole chart visible and legible', async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1280, height: 720 });
    const { slide } = offered(baseURL!);
    const inParts = new Set<string>();
    const probe = await page.context().newPage();
    for (const id of ids) {
      await probe.goto(`${baseURL}present/${id}/`);
      if ((await probe.locator('.present__part').count()) > 0) inParts.add(id);
    }
    await probe.close();
    const [head, body] = deck(ids.map((id) => slide.get(id)!));
    await openHost(page, head, body);
    await page.waitForFunction(() => (window as unknown as { Reveal?: { isReady: () => boolean } }).Reveal?.isReady());
    for (const [i, chartId] of ids.entries()) {
      await goToSlide(page, i);
      const section = page.locator('.reveal .slides > section').nth(i);
      const iframe = section.locator('iframe');
      const frameBox = (await iframe.boundingBox())!;
      const slideBox = (await page.locator('.reveal .slides').boundingBox())!;
      expect(frameBox.y + frameBox.height, `${chartId}: frame inside the slide`).toBeLessThanOrEqual(slideBox.y + slideBox.height + 0.5);
      expect(frameBox.x + frameBox.width).toBeLessThanOrEqual(slideBox.x + slideBox.width + 0.5);
      const fit = await measure(section.frameLocator('iframe'));
      expectFits(fit, `${chartId} on a slide`);
      // A chart with more rows than a slide holds legibly is shown in parts by the presenter view
      // and the slide PNGs (present.spec.ts, tests/unit/export/slides.test.ts); here it must fit.
      if (!inParts.has(chartId)) expect(fit.smallest, `${chartId} on a slide: smallest type as drawn`).toBeGreaterThanOrEqual(MIN_TYPE);
    }
  });

  test('with the resize script, a responsive frame on a slide never grows past the slide', async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1280, height: 720 });
    const { responsive } = offered(baseURL!);
    const origin = new URL(baseURL!).origin;
    const [head, body] = deck(
      ids.map((id) => `<h2 style="margin:0">Slide</h2>${responsive.get(id)!}`),
      '',
    );
    await openHost(page, head, `${body}<script src="${origin}${BASE_PATH}embed-resize.js"></script>`);
    await page.waitForFunction(() => (window as unknown as { Reveal?: { isReady: () => boolean } }).Reveal?.isReady());
    for (const [i, chartId] of ids.entries()) {
      await goToSlide(page, i);
      const iframe = page.locator('.reveal .slides > section').nth(i).locator('iframe');
      await expect(iframe.contentFrame().locator('.chart__svg:not([hidden]) svg')).toBeVisible();
      // The script has answered the frame's height message.
      await expect.poll(() => iframe.evaluate((el) => (el as HTMLIFrameElement).style.height)).toMatch(/^\d+px$/);
      const frameBox = (await iframe.boundingBox())!;
      const slideBox = (await page.locator('.reveal .slides').boundingBox())!;
      expect(frameBox.y + frameBox.height, `${chartId}: frame (${Math.round(frameBox.height)} px tall) inside the 720 px slide`).toBeLessThanOrEqual(
        slideBox.y + slideBox.height + 1,
      );
      expectFits(await measure(iframe.contentFrame()), `${chartId} resized on a slide`);
    }
  });
});

test.describe('the resize script', () => {
  for (const chartId of ['unemployment-health', 'norway-employment'] as const) {
    test(`${chartId}: never taller than a box of fixed height, and follows the content in a free column`, async ({ page, baseURL }) => {
      await page.setViewportSize({ width: 1000, height: 800 });
      const snippet = offered(baseURL!).responsive.get(chartId)!;
      const origin = new URL(baseURL!).origin;
      const script = `<script src="${origin}${BASE_PATH}embed-resize.js"></script>`;
      await openHost(
        page,
        '',
        `<div id="box" style="height:400px;width:640px;padding:10px;border:1px solid">${snippet}</div>` +
          `<div id="free" style="width:640px">${snippet.replace('loading="lazy" ', '')}</div>${script}`,
      );
      const [boxed, free] = [page.locator('#box iframe'), page.locator('#free iframe')];
      for (const frame of [boxed, free]) {
        await expect.poll(() => frame.evaluate((el) => (el as HTMLIFrameElement).style.height)).toMatch(/^\d+px$/);
      }
      const boxedHeight = (await boxed.boundingBox())!.height;
      expect(boxedHeight, 'capped by the 400 px box').toBeLessThanOrEqual(400);
      expectFits(await measure(boxed.contentFrame()), `${chartId} in a 400 px box`);
      // In a free column the frame takes the content's height: the drawing at its full width
      // (the inner width, up to its cap), as the frame's width alone sets it.
      const fit = await measure(free.contentFrame());
      expectFits(fit, `${chartId} in a free column`);
      const w = fit.viewport.width;
      const full = Math.min(w - 2 * typeSize(EMBED_TYPE.pad, w), typeSize(EMBED_TYPE.drawing, w));
      expect(fit.drawnWidth, 'drawn at its full width').toBeGreaterThan(full * 0.98);
    });
  }
});

test.describe('themes for the host page', () => {
  /** The colour of one pixel of the host page as painted (the frame included), read back through a canvas. */
  async function pixel(page: Page, x: number, y: number): Promise<[number, number, number]> {
    const png = (await page.screenshot({ clip: { x, y, width: 1, height: 1 } })).toString('base64');
    return page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = Object.assign(document.createElement('canvas'), { width: 1, height: 1 });
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
      return [r!, g!, b!] as [number, number, number];
    }, png);
  }
  const luminance = (rgb: string) => {
    const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
    return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
  };

  test('transparent-dark on a dark page: the page shows through and the text is light; the host message keeps it transparent', async ({ page, baseURL }) => {
    const snippet = offered(baseURL!)
      .responsive.get('norway-employment')!
      .replace(/src="([^"]+)"/, 'src="$1?theme=transparent-dark"');
    await page.setViewportSize({ width: 700, height: 700 });
    await openHost(page, '', `<div style="padding:20px;width:640px">${snippet}</div>`, 'margin:0;background:#1d3557;color-scheme:dark');
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('.chart__svg svg').first()).toBeVisible();
    const inside = () =>
      frame.locator('html').evaluate((html) => ({
        background: getComputedStyle(html).backgroundColor,
        text: getComputedStyle(document.querySelector('.chart__title')!).color,
      }));
    const dark = await inside();
    expect(dark.background).toBe('rgba(0, 0, 0, 0)');
    expect(luminance(dark.text), `title colour ${dark.text}`).toBeGreaterThan(0.7);
    // A pixel inside the frame's padding is the host's own background.
    const box = (await page.locator('iframe').boundingBox())!;
    expect(await pixel(page, box.x + 3, box.y + 3)).toEqual([0x1d, 0x35, 0x57]);
    // The host switches to light: dark text, still no background of its own.
    await page.locator('iframe').evaluate((el) => (el as HTMLIFrameElement).contentWindow!.postMessage({ type: 'ips-embed:theme', theme: 'light' }, '*'));
    await expect.poll(async () => luminance((await inside()).text)).toBeLessThan(0.3);
    expect((await inside()).background).toBe('rgba(0, 0, 0, 0)');
    await expect(frame.locator('html')).toHaveAttribute('data-theme', 'transparent');
  });
});

test('the copy buttons copy each snippet exactly as shown', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  const chartPage = listPages().find((p) => !p.path.startsWith(`${BASE_PATH}nb/`) && readPageHtml(p).includes('id="slide-embed-norway-employment"'))!;
  await page.goto(chartPage.path);
  const details = page.locator('#chart-norway-employment details.chart__embed');
  await details.locator('summary').click();
  for (const [button, id] of [
    ['Copy the article code', 'embed-norway-employment'],
    ['Copy the slide code', 'slide-embed-norway-employment'],
  ] as const) {
    await details.getByRole('button', { name: button }).click();
    const shown = await page.locator(`#${id}`).inputValue();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
  }
});

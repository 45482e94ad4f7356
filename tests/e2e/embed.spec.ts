/**
 * Embeds, as a host site would use them: the snippet from each chart page pasted into a page
 * on another origin. The chart shows, the frame neither scrolls nor clips, the resize script
 * fits the height, the host can set the theme, and hostile URL options change nothing and
 * appear nowhere. A pinned embed of a released data version shows that version's numbers.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { charts, type ChartId } from '../../src/charts/index.ts';
import { loadEvidence } from '../../src/lib/data/load.ts';
import { listReleases } from '../../src/lib/data/releases.ts';
import { BASE_PATH, listPages, readPageHtml } from './site';

/** The iframe snippet exactly as a chart page offers it (textarea), pointed at the preview server. */
function snippets(baseURL: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of listPages()) {
    for (const m of readPageHtml(p).matchAll(/<textarea id="embed-([a-z0-9-]+)"[^>]*>([^<]+)<\/textarea>/g)) {
      const html = m[2]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
      out.set(m[1]!, html.replace(/https?:\/\/[^/"]+/g, new URL(baseURL).origin));
    }
  }
  return out;
}

/**
 * The host site: a real server of its own on another loopback port, so the frame is
 * cross-origin exactly as on a real host page (and Chromium's local-network rules apply
 * as they would: loopback to loopback).
 */
let host: Server;
let hostOrigin = '';
const hostPages = new Map<string, string>();
test.beforeAll(async () => {
  host = createServer((req, res) => {
    const body = hostPages.get(req.url ?? '');
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.2', resolve));
  hostOrigin = `http://127.0.0.2:${(host.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

async function hostPage(page: Page, body: string) {
  const path = `/host-${hostPages.size}.html`;
  hostPages.set(
    path,
    `<!doctype html><html lang="en"><head><title>Host</title></head><body style="margin:0;width:800px">${body}</body></html>`,
  );
  await page.goto(`${hostOrigin}${path}`);
}

test.describe('the embed snippet on a host page of another origin', () => {
  test('every chart page offers a snippet, for every chart on it', async ({ baseURL }) => {
    const ids = [...snippets(baseURL!).keys()];
    expect(ids.length).toBeGreaterThan(0);
    for (const html of snippets(baseURL!).values()) {
      expect(html).toMatch(/^<iframe src="[^"]+" title="[^"]+" loading="lazy" style="[^"]*aspect-ratio:[^"]*"/);
    }
  });

  for (const [i, chartId] of (Object.keys(charts) as ChartId[]).entries()) {
    test(`${chartId}: visible, no scrolling or clipping, resize script and theme message work`, async ({ page, baseURL }) => {
      const snippet = snippets(baseURL!).get(chartId);
      test.skip(!snippet, `${chartId} is on no page yet`);
      const origin = new URL(baseURL!).origin;
      await hostPage(page, `${snippet}<script src="${origin}${BASE_PATH}embed-resize.js"></script>`);
      const frame = page.frameLocator('iframe');
      await expect(frame.locator('figure.chart .chart__svg:not([hidden]) svg')).toBeVisible();
      const iframe = page.locator('iframe');
      // Frame height follows the content once the resize script has run.
      await expect.poll(async () => iframe.evaluate((el) => (el as HTMLIFrameElement).style.height)).toMatch(/^\d+px$/);
      const inner = frame.locator('html');
      const fits = await inner.evaluate((html) => ({
        scroll: html.scrollHeight - html.clientHeight,
        scrollX: html.scrollWidth - html.clientWidth,
        footerBottom: document.querySelector('.embed__footer')!.getBoundingClientRect().bottom,
        height: window.innerHeight,
      }));
      expect(fits.scroll, 'no vertical scrolling').toBeLessThanOrEqual(1);
      expect(fits.scrollX, 'no horizontal scrolling').toBeLessThanOrEqual(1);
      expect(fits.footerBottom, 'the source line is inside the frame').toBeLessThanOrEqual(fits.height + 1);
      // The host sets the theme by message.
      await iframe.evaluate((el) => (el as HTMLIFrameElement).contentWindow!.postMessage({ type: 'ips-embed:theme', theme: 'dark' }, '*'));
      await expect(inner).toHaveAttribute('data-theme', 'dark');
      void i;
    });
  }

  test('without the resize script the frame keeps its aspect ratio and still shows the whole chart', async ({ page, baseURL }) => {
    const [chartId, snippet] = [...snippets(baseURL!).entries()][0]!;
    await hostPage(page, snippet);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('.embed__footer')).toBeVisible();
    const fits = await frame.locator('html').evaluate((html) => ({
      scroll: html.scrollHeight - html.clientHeight,
      footerBottom: document.querySelector('.embed__footer')!.getBoundingClientRect().bottom,
      height: window.innerHeight,
    }));
    expect(fits.scroll, `${chartId}: no scrolling`).toBeLessThanOrEqual(1);
    expect(fits.footerBottom, `${chartId}: the source line is inside the frame`).toBeLessThanOrEqual(fits.height + 1);
  });
});

test.describe('URL options', () => {
  const hostile = [
    'theme=<script>alert(1)</script>',
    'theme=dark"><img src=x onerror=alert(1)>',
    `lang=${'x'.repeat(5000)}`,
    'step=-1',
    'step=99999999999',
    'step=1e3',
    'controls=<b>yes</b>',
    'unknown=<svg onload=alert(1)>',
    'theme=javascript:alert(1)&lang=nb%00',
    '__proto__[x]=1&constructor=1',
  ];
  for (const query of hostile) {
    test(`ignored safely: ?${query.slice(0, 60)}`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('dialog', (d) => {
        errors.push(`dialog: ${d.message()}`);
        void d.dismiss();
      });
      await page.goto(`${BASE_PATH}embed/norway-employment/?${query}`);
      await expect(page.locator('figure.chart svg').first()).toBeVisible();
      const html = await page.content();
      const values = new URLSearchParams(query);
      for (const [, value] of values) if (value.length > 2) expect(html).not.toContain(value);
      expect(html).not.toContain('alert(1)');
      expect(await page.locator('html').getAttribute('data-theme')).toBe('auto');
      expect(errors).toEqual([]);
    });
  }

  test('valid options apply: theme, step, controls', async ({ page }) => {
    await page.goto(`${BASE_PATH}embed/norway-employment/?theme=dark&step=1&controls=0`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('.chart__views')).toBeHidden();
    // Step 1 of the story shows the comparison arm only.
    await expect(page.locator('.chart__svg svg g.step-intervention.is-stepped-out').first()).toBeAttached();
    await expect(page.locator('.chart__svg svg g.step-control.is-stepped-out')).toHaveCount(0);
  });

  test('lang=nb moves to the Norwegian embed, keeping the other options', async ({ page }) => {
    await page.goto(`${BASE_PATH}embed/norway-employment/?lang=nb&theme=dark`);
    await expect(page).toHaveURL(/\/nb\/embed\/norway-employment\/\?lang=nb&theme=dark$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  });
});

test.describe('pinned data versions', () => {
  for (const release of listReleases()) {
    test(`/embed/v${release.version}/ shows the numbers of data ${release.version}`, async ({ page }) => {
      const evidence = loadEvidence(release.dir);
      const f = evidence.figures.get('norway-employment-18m-ips')!;
      const shown = new Intl.NumberFormat('en-GB', { style: 'percent', minimumFractionDigits: f.decimals, maximumFractionDigits: f.decimals }).format(f.value / 100);
      await page.goto(`${BASE_PATH}embed/v${release.version}/norway-employment/`);
      await expect(page.locator('figure.chart .chart__svg').first()).toContainText(shown);
      await expect(page.locator('.embed__footer')).toContainText(`version ${release.version}`.replace('version', 'Data version'));
      const current = loadEvidence().release.version;
      if (current !== release.version) await expect(page.locator('.embed__newer')).toContainText(current);
      else await expect(page.locator('.embed__newer')).toHaveCount(0);
    });
  }
});

test.describe('URL options, fuzzed', () => {
  /** A small seeded generator, so a failure names a value that reproduces. */
  function* fuzzValues(count: number, seed = 20261124): Generator<string> {
    let s = seed;
    const rand = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pieces = ['<script>alert(1)</script>', '"><svg onload=alert(1)>', "'", '"', '\\', '%00', '%0a', '&amp;', '#x', '../', 'javascript:', '💥', 'dark', 'nb', '1', '-1', '1e9', 'NaN', ' ', '\u202e', '{{x}}', '${x}'];
    for (let i = 0; i < count; i++) {
      const n = 1 + Math.floor(rand() * 4);
      let v = '';
      for (let j = 0; j < n; j++) v += rand() < 0.5 ? pieces[Math.floor(rand() * pieces.length)] : String.fromCharCode(33 + Math.floor(rand() * 90)).repeat(1 + Math.floor(rand() * 6));
      yield v;
    }
  }

  test('two hundred random and hostile values: nothing reflected, no error, the chart still shows', async ({ page }) => {
    test.setTimeout(240_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    const keys = ['theme', 'lang', 'step', 'controls', 'x', '__proto__'];
    // Text the page has anyway ("dark" in its styles) is not a reflection: compare with no options.
    await page.goto(`${BASE_PATH}embed/trial-headlines/`);
    const baseline = await page.evaluate(() => document.documentElement.outerHTML);
    let i = 0;
    for (const value of fuzzValues(200)) {
      const key = keys[i++ % keys.length]!;
      const query = `${encodeURIComponent(key)}=${encodeURIComponent(value)}`;
      await page.goto(`${BASE_PATH}embed/trial-headlines/?${query}`);
      const state = await page.evaluate(
        ([v, before]) => ({
          reflected: v.length > 3 && !before.includes(v) && document.documentElement.outerHTML.includes(v),
          theme: document.documentElement.getAttribute('data-theme'),
          charts: document.querySelectorAll('figure.chart svg').length,
        }),
        [value, baseline] as const,
      );
      expect(state.reflected, `value reflected: ${JSON.stringify(value)} (${key})`).toBe(false);
      expect(['auto', 'light', 'dark', 'transparent'], `theme after ${JSON.stringify(value)}`).toContain(state.theme);
      expect(state.charts).toBeGreaterThan(0);
    }
    expect(errors).toEqual([]);
  });
});

/**
 * Embeds, as a host site would use them: the snippet from each chart page pasted into a page
 * on another origin. The chart shows, the frame neither scrolls nor clips, the resize script
 * fits the height, the host can set the theme, and hostile URL options change nothing and
 * appear nowhere. A pinned embed of a released data version shows that version's numbers.
 * The option parser itself meets 20,000 generated queries in tests/unit/embed-options.test.ts;
 * here a handful of hostile URLs go through the real page.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { charts, type ChartId } from '../../src/charts/index.ts';
import { loadEvidence } from '../../src/data/load.ts';
import { listReleases } from '../../src/data/releases.ts';
import { BASE_PATH, listPages, readPageHtml } from './site';

/** The iframe snippet exactly as a chart page offers it (textarea), pointed at the preview server. */
function snippets(baseURL: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of listPages()) {
    for (const m of readPageHtml(p).matchAll(/<textarea id="embed-([a-z0-9-]+)"[^>]*>([^<]+)<\/textarea>/g)) {
      const html = m[2]!
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&');
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
  hostPages.set(path, `<!doctype html><html lang="en"><head><title>Host</title></head><body style="margin:0;width:800px">${body}</body></html>`);
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
      const shown = new Intl.NumberFormat('en-GB', { style: 'percent', minimumFractionDigits: f.decimals, maximumFractionDigits: f.decimals }).format(
        f.value / 100,
      );
      await page.goto(`${BASE_PATH}embed/v${release.version}/norway-employment/`);
      await expect(page.locator('figure.chart .chart__svg').first()).toContainText(shown);
      await expect(page.locator('.embed__footer')).toContainText(`version ${release.version}`.replace('version', 'Data version'));
      const current = loadEvidence().release.version;
      if (current !== release.version) await expect(page.locator('.embed__newer')).toContainText(current);
      else await expect(page.locator('.embed__newer')).toHaveCount(0);
    });
  }
});

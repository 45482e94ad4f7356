/**
 * Largest contentful paint and time to the first chart, in Chromium with the CPU slowed 4× (a
 * mid-range phone), for `npm run bench` (reported there; no test asserts a time).
 */
import type { Page } from '@playwright/test';

export interface PaintTiming {
  /** ms from navigation start to the largest contentful paint. */
  lcp: number;
  /** ms from navigation start until the first chart's SVG was in the document. */
  firstChart: number | null;
}

export async function measurePaint(page: Page, url: string, cpuSlowdown = 4): Promise<PaintTiming> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  await page.addInitScript(() => {
    const w = window as unknown as { __lcp: number; __firstChart: number | null };
    w.__lcp = 0;
    w.__firstChart = null;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__lcp = Math.max(w.__lcp, e.startTime);
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    const seen = () => {
      if (w.__firstChart === null && document.querySelector('figure.chart svg')) w.__firstChart = performance.now();
    };
    new MutationObserver(seen).observe(document, { childList: true, subtree: true });
    document.addEventListener('DOMContentLoaded', seen);
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(250); // LCP entries settle after load
  const result = await page.evaluate(() => {
    const w = window as unknown as { __lcp: number; __firstChart: number | null };
    return { lcp: w.__lcp, firstChart: w.__firstChart };
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  return result;
}

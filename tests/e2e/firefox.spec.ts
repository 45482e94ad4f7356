/**
 * A second engine: Firefox ESR (Debian's firefox-esr, scripts/ensure-debian-packages.sh), driven over
 * WebDriver BiDi by puppeteer-core, against the same preview server as the Chromium tests. On the
 * home page, a trial page, an embed and a presenter view: the chart is drawn, the keyboard works
 * (arrow keys move between a chart's marks and step the presenter's story), and nothing is logged
 * as an error.
 */
import { accessSync, constants } from 'node:fs';
import { expect, test } from '@playwright/test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { BASE_PATH } from './site';

const firefox = [process.env['FIREFOX_PATH'], '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => {
  if (!p) return false;
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
});

// One Firefox for the four tests, in one worker. Generous time limits: on a busy two-core machine
// Firefox took 30 s to start; a slow machine must not fail a test that checks behaviour.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

let browser: Browser;
test.beforeAll(async () => {
  test.setTimeout(240_000);
  expect(firefox, 'no Firefox: run scripts/ensure-debian-packages.sh or set FIREFOX_PATH').toBeDefined();
  browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: firefox!,
    headless: true,
    timeout: 180_000,
    protocolTimeout: 120_000,
  });
});
test.afterAll(async () => {
  await browser?.close();
});

/** A new Firefox tab that collects console errors and uncaught exceptions. */
async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  page.setDefaultTimeout(60_000);
  page.setDefaultNavigationTimeout(90_000);
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.setViewport({ width: 1280, height: 720 });
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors };
}

/** Poll on a timer: a tab Firefox does not show may not run animation frames. */
const POLL = { polling: 100 };

const text = (page: Page, selector: string) => page.$eval(selector, (e) => e.textContent ?? '');

/** Tab into the first chart: its tip shows the first mark; ArrowRight moves to the next, End to the last. */
async function chartKeyboard(page: Page) {
  await page.waitForSelector('ips-chart[data-enhanced] .chart__svg:not([hidden]) svg');
  const chart = (await page.$('ips-chart[data-enhanced]'))!;
  const marks = await chart.$$eval('.chart__svg:not([hidden]) [data-tip]', (els) => els.map((e) => e.getAttribute('data-tip')));
  expect(marks.length, 'marks with a value').toBeGreaterThan(1);
  await chart.$eval('.chart__svg:not([hidden])', (view) => (view as HTMLElement).focus());
  const tipIs = (want: string | null) =>
    page.waitForFunction((w) => document.querySelector('ips-chart[data-enhanced] .chart__tip')?.textContent === w, POLL, want);
  await tipIs(marks[0]!);
  await page.keyboard.press('ArrowRight');
  await tipIs(marks[1]!);
  await page.keyboard.press('End');
  await tipIs(marks.at(-1)!);
}

test('Firefox: the home page draws its charts and they work from the keyboard', async ({ baseURL }) => {
  const { page, errors } = await open(new URL(BASE_PATH, baseURL).href);
  expect(await page.$$eval('figure.chart .chart__svg:not([hidden]) svg', (s) => s.filter((x) => x.getBoundingClientRect().width > 0).length)).toBeGreaterThan(
    0,
  );
  await chartKeyboard(page);
  expect(errors).toEqual([]);
  await page.close();
});

test('Firefox: a trial page draws its charts and they work from the keyboard', async ({ baseURL }) => {
  const { page, errors } = await open(new URL(`${BASE_PATH}trials/norway/`, baseURL).href);
  expect(await page.$$eval('figure.chart svg[role="img"]', (s) => s.length)).toBeGreaterThan(0);
  await chartKeyboard(page);
  expect(errors).toEqual([]);
  await page.close();
});

test('Firefox: an embed draws its chart, takes a theme option and works from the keyboard', async ({ baseURL }) => {
  const { page, errors } = await open(new URL(`${BASE_PATH}embed/norway-employment/?theme=dark`, baseURL).href);
  const box = await page.$eval('figure.chart .chart__svg:not([hidden]) svg', (s) => s.getBoundingClientRect().toJSON() as DOMRect);
  expect(box.width * box.height).toBeGreaterThan(0);
  expect(await page.$eval('html', (h) => h.getAttribute('data-theme'))).toBe('dark');
  await chartKeyboard(page);
  expect(errors).toEqual([]);
  await page.close();
});

test('Firefox: the presenter view steps through the story with the arrow keys', async ({ baseURL }) => {
  const { page, errors } = await open(new URL(`${BASE_PATH}present/norway-employment/`, baseURL).href);
  await page.waitForSelector('figure.chart svg');
  const counter = async () => text(page, '.present__counter');
  const first = await counter();
  expect(first).toMatch(/^1 \/ [2-9]/);
  const steps = first.split(' / ')[1];
  const hidden = () => page.$$eval('.chart__svg g.is-stepped-out', (g) => g.length);
  const before = await hidden();
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.querySelector('.present__counter')?.textContent?.startsWith('2 /'), POLL);
  expect(await hidden(), 'a step shows more of the chart').toBeLessThan(before);
  expect(new URL(page.url()).hash).toBe('#step-2');
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(() => document.querySelector('.present__counter')?.textContent?.startsWith('1 /'), POLL);
  await page.keyboard.press('End');
  expect(await counter()).toBe(`${steps} / ${steps}`);
  expect(await hidden()).toBe(0);
  expect(errors).toEqual([]);
  await page.close();
});

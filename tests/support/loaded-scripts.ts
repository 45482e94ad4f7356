/**
 * What a page really makes the browser fetch in script: entry modules, the chunks they import,
 * scripts imported later and worker scripts, each gzipped here (the preview server does not
 * compress). WebAssembly and Pagefind's index files are weighed apart: they are not JavaScript.
 * Used by tests/e2e/script-budget.spec.ts and `npm run bench`.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

export interface LoadedScripts {
  /** gzip bytes per script URL. */
  js: Map<string, number>;
  /** raw bytes per WebAssembly or index URL. */
  wasm: Map<string, number>;
}

export async function loadedScripts(page: Page, url: string, ready: (page: Page) => Promise<void> = async () => {}): Promise<LoadedScripts> {
  const loaded: LoadedScripts = { js: new Map(), wasm: new Map() };
  const pending: Promise<void>[] = [];
  // On the context, so requests made by workers are counted too.
  page.context().on('response', (response) => {
    const u = response.url();
    const type = response.headers()['content-type'] ?? '';
    const kind = /javascript/.test(type) || /\.m?js(\?|$)/.test(u) ? 'js' : /wasm|\.pagefind$/.test(u) ? 'wasm' : undefined;
    if (!kind || response.status() !== 200) return;
    pending.push(
      response.body().then(
        (body) => void loaded[kind].set(u, kind === 'js' ? gzipSync(body, { level: 9 }).length : body.length),
        () => undefined, // a body the page navigated away from
      ),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await ready(page);
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  return loaded;
}

export const totalBytes = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);
export const describeBytes = (m: Map<string, number>): string => [...m].map(([u, n]) => `${new URL(u).pathname} ${n} B`).join(', ');

/**
 * After the build: the search index (Pagefind, over every page's `data-pagefind-body`, one index
 * per language from `<html lang>`) and the sitemap (every page a reader may land on, each with
 * its twin in the other language). Both run in `astro build`, so `npm run build` and `npm test`
 * always ship a current index.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { sitemapXml } from '../site/sitemap.ts';

/** Parts of a page that are not worth finding: chart markup, download lists, embed code. */
const SEARCH_EXCLUDE = ['svg', 'textarea', '.downloads', '.chart__embed', '.chart__table', '.chart__views', '.chart__steps', 'pre'];

/**
 * Pagefind ships its browser client readable (identifiers unmangled). The search page must stay
 * within the 15 KB gzip JavaScript budget with Pagefind loaded (tests/e2e/script-budget.spec.ts):
 * minified it is 11.4 KB gzip instead of 13.4. esbuild is the minifier Vite already uses; the
 * client is an ES module and is minified as one, so its exports keep their names.
 */
async function minifyPagefindClient(file: string): Promise<{ before: number; after: number }> {
  const { transform } = await import('esbuild');
  const code = readFileSync(file, 'utf8');
  const out = await transform(code, { minify: true, format: 'esm', target: 'es2022', legalComments: 'none' });
  writeFileSync(file, out.code);
  return { before: Buffer.byteLength(code), after: Buffer.byteLength(out.code) };
}

export function siteIndex(): AstroIntegration {
  let site: URL | undefined;
  let base = '/';
  return {
    name: 'ips-site-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
        base = config.base;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const dist = fileURLToPath(dir);

        const { createIndex, close } = await import('pagefind');
        const { index, errors } = await createIndex({ excludeSelectors: SEARCH_EXCLUDE });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: dist });
        if (added.errors.length) throw new Error(`Pagefind could not index ${dist}: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: path.join(dist, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await close();
        const { before, after } = await minifyPagefindClient(path.join(dist, 'pagefind', 'pagefind.js'));
        logger.info(`search index: ${added.page_count} pages; pagefind.js minified ${before} → ${after} B`);

        if (!site) {
          logger.warn('no `site` configured: sitemap.xml not written');
          return;
        }
        const xml = sitemapXml(
          pages.map((p) => p.pathname),
          site,
          base,
        );
        writeFileSync(path.join(dist, 'sitemap.xml'), xml);
        logger.info('sitemap.xml written');
      },
    },
  };
}

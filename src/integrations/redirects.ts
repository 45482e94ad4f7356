/**
 * After the build: a page at each retired address that sends the reader on, and `_redirects`
 * for hosts that read it (see src/site/redirects.ts). A redirect to an address the build did not
 * produce, or from one it did, stops the build: either would leave someone's link broken.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { normaliseBase } from '../site/urls.ts';
import { hostRedirects, readRedirects, redirectPage, redirectProblems, redirectsFile, type Redirect } from '../site/redirects.ts';

const built = (dist: string, p: string) => existsSync(path.join(dist, p)) && (!p.endsWith('/') || existsSync(path.join(dist, p, 'index.html')));

export function redirects(): AstroIntegration {
  let site: URL | undefined;
  let base = '/';
  let list: Redirect[] = [];
  return {
    name: 'ips-redirects',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
        base = normaliseBase(config.base);
        const { redirects: parsed, problems } = readRedirects();
        if (problems.length) throw new Error(`The redirects list has ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
        list = parsed;
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!list.length) return;
        const dist = fileURLToPath(dir);
        const file = path.relative(process.cwd(), redirectsFile());
        const problems = redirectProblems(list, (p) => built(dist, p), file);
        if (problems.length) throw new Error(`The redirects list has ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
        for (const r of list.filter((x) => x.from.endsWith('/'))) {
          mkdirSync(path.join(dist, r.from), { recursive: true });
          writeFileSync(path.join(dist, r.from, 'index.html'), redirectPage(r, base, site));
        }
        writeFileSync(path.join(dist, '_redirects'), hostRedirects(list, base));
        logger.info(`${list.length} redirect(s) written`);
      },
    },
  };
}

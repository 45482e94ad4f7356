/**
 * The public URLs every build must keep producing: pages, embeds (current and pinned),
 * presenter views, downloads, data files. Links, embeds in slide decks and citations point at
 * them, so one that disappears breaks someone's talk. `npm run urls:update` rewrites
 * tests/url-contract.txt from dist/ (adding new URLs); the test fails when a listed URL is gone.
 * A URL may be retired only by a redirect (src/redirects.txt, src/site/redirects.ts), which builds a
 * page there (or, for a file, a `_redirects` line for the host).
 */
import { globSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const CONTRACT_FILE = path.resolve('tests/url-contract.txt');

/** Every public URL in a built site, base path excluded, sorted. */
export function builtUrls(dist = path.resolve('dist')): string[] {
  // Hashed build assets and the search index change with every build by design.
  const files = globSync('**', {
    cwd: dist,
    withFileTypes: true,
    exclude: (e) => e.isDirectory() && /^(_astro|pagefind)$/.test(e.name) && e.parentPath === dist,
  });
  return files
    .filter((e) => !e.isDirectory())
    .map((e) => `/${path.relative(dist, path.join(e.parentPath, e.name)).split(path.sep).join('/')}`)
    .map((rel) => (rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel))
    .sort();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const urls = builtUrls();
  const header = [
    '# The URL contract: every public URL the site must keep producing (see scripts/url-contract.ts).',
    '# Regenerate with `npm run urls:update` after a build; never delete a line without adding a redirect to src/redirects.txt.',
  ];
  writeFileSync(CONTRACT_FILE, `${[...header, ...urls].join('\n')}\n`);
  console.log(`url contract: ${urls.length} URLs written to ${path.relative(process.cwd(), CONTRACT_FILE)}`);
}

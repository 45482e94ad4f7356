/**
 * Retired URLs and where they went. A public URL (tests/url-contract.txt) may only disappear if
 * a redirect takes its place: slides, embeds and citations elsewhere still point at it.
 *
 * The list is `src/redirects.txt`, one redirect per line, `<old path> <new path>`, both site
 * paths without the base path (e.g. `/trials/norway-2019/ /trials/norway/`); `#` starts a
 * comment. `IPS_REDIRECTS_FILE` names another list (tests use it).
 *
 * For a page (a path ending in `/`) the build writes a small page at the old address that sends
 * the reader on (meta refresh, and a link for those whose browser does not follow it), with the
 * site's language, security policy and `noindex`. Every redirect, files included, also goes into
 * `_redirects` for hosts that read it (Netlify, Cloudflare Pages), which answer with a real 301.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from './security.ts';
import { messages } from '../i18n/index.ts';
import { escapeXml } from './escape.ts';
import { absolute, sitePath, splitPath } from './urls.ts';

export interface Redirect {
  from: string;
  to: string;
  /** Line in the list, for messages. */
  line: number;
}

export function redirectsFile(): string {
  return path.resolve(process.env.IPS_REDIRECTS_FILE ?? path.join(process.cwd(), 'src', 'redirects.txt'));
}

/** Parses the list; each problem names the file, the line, what was expected and what was found. */
export function parseRedirects(text: string, file: string): { redirects: Redirect[]; problems: string[] } {
  const redirects: Redirect[] = [];
  const problems: string[] = [];
  const seen = new Map<string, number>();
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    const content = raw.replace(/#.*$/, '').trim();
    if (!content) return;
    const parts = content.split(/\s+/);
    const where = `${file}, line ${line}`;
    if (parts.length !== 2) {
      problems.push(`${where}: expected "<old path> <new path>", found ${JSON.stringify(content)}.`);
      return;
    }
    const [from, to] = parts as [string, string];
    for (const [name, p] of [
      ['old path', from],
      ['new path', to],
    ] as const) {
      if (!/^\/[A-Za-z0-9._~/-]*$/.test(p) || p.includes('..') || p.includes('//'))
        problems.push(`${where}: expected the ${name} to be a site path such as /trials/norway/, found ${JSON.stringify(p)}.`);
    }
    if (from === to) problems.push(`${where}: expected the new path to differ from the old, found ${from} twice.`);
    const earlier = seen.get(from);
    if (earlier !== undefined) problems.push(`${where}: expected each old path once, found ${from} again (first on line ${earlier}).`);
    seen.set(from, line);
    redirects.push({ from, to, line });
  });
  return { redirects, problems };
}

export function readRedirects(file = redirectsFile()): { redirects: Redirect[]; problems: string[] } {
  if (!existsSync(file)) return { redirects: [], problems: [] };
  return parseRedirects(readFileSync(file, 'utf8'), path.relative(process.cwd(), file) || file);
}

/** Against the finished build: an old path must be gone, a new one must be there. */
export function redirectProblems(redirects: readonly Redirect[], isBuilt: (sitePath: string) => boolean, file: string): string[] {
  return redirects.flatMap((r) => [
    ...(isBuilt(r.from) ? [`${file}, line ${r.line}: expected ${r.from} to be retired, found that the build still makes it.`] : []),
    ...(!isBuilt(r.to) ? [`${file}, line ${r.line}: expected ${r.to} to be built, found nothing there.`] : []),
  ]);
}

/** The page left at an old address. `base` is Astro's base ('/' or '/sub/'), `site` the origin. */
export function redirectPage(r: Redirect, base: string, site: URL | undefined): string {
  // The old address's language (/nb/… is Norwegian): its reader gets the notice in it.
  const { lang } = splitPath(r.from, '/');
  const target = sitePath(r.to, base);
  const canonical = site ? absolute(site, target) : target;
  const words = messages(lang).redirect;
  const href = escapeXml(target);
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="content-security-policy" content="${escapeXml(CONTENT_SECURITY_POLICY)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${href}">
<link rel="canonical" href="${escapeXml(canonical)}">
<title>${words.title}</title>
</head>
<body>
<main>
<h1>${words.title}</h1>
<p>${words.body} <a href="${href}">${href}</a></p>
</main>
</body>
</html>
`;
}

/** `_redirects` (Netlify, Cloudflare Pages): one `<from> <to> 301` per line, base path included. */
export function hostRedirects(redirects: readonly Redirect[], base: string): string {
  return redirects.map((r) => `${sitePath(r.from, base)} ${sitePath(r.to, base)} 301`).join('\n') + (redirects.length ? '\n' : '');
}

/**
 * After the build, writes a single-file copy of every presenter view
 * (dist/present/<chart>/<chart>-presenter.html): the page with its script bundled inline and
 * its icon and typeface as data URIs, so it opens from a USB stick with no network and makes no
 * request.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { build } from 'esbuild';
import { LANGS } from '../i18n/index.ts';
import { langDir, presenterFileName } from '../site/urls.ts';

const PRESENT_SCRIPT = fileURLToPath(new URL('../client/present.ts', import.meta.url));
const CHART_SCRIPT = fileURLToPath(new URL('../client/chart-element.ts', import.meta.url));
const ICON = fileURLToPath(new URL('../../public/favicon.svg', import.meta.url));

export function singleFilePresenter(): AstroIntegration {
  return {
    name: 'ips-single-file-presenter',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const pages = presenterPages(dist);
        if (pages.length === 0) return;
        const script = await bundle();
        const icon = `data:image/svg+xml;base64,${readFileSync(ICON).toString('base64')}`;
        for (const page of pages) {
          const html = inline(inlineFonts(readFileSync(page, 'utf8'), dist), script, icon);
          const chart = path.basename(path.dirname(page));
          writeFileSync(path.join(path.dirname(page), presenterFileName(chart)), html);
        }
        logger.info(`wrote ${pages.length} single-file presenter views`);
      },
    },
  };
}

function presenterPages(dist: string): string[] {
  const out: string[] = [];
  for (const root of LANGS.map((lang) => path.join(dist, langDir(lang), 'present'))) {
    if (!existsSync(root)) continue;
    for (const chart of readdirSync(root)) {
      const file = path.join(root, chart, 'index.html');
      if (existsSync(file)) out.push(file);
    }
  }
  return out;
}

/** The typeface's WOFF2 files (src/styles/fonts.css), as data URIs in the page's CSS. */
function inlineFonts(html: string, dist: string): string {
  const out = html.replace(/url\((?:[^)]*?\/)?(_astro\/[^)/]+\.woff2)\)/g, (_, file: string) => {
    const data = readFileSync(path.join(dist, file)).toString('base64');
    return `url(data:font/woff2;base64,${data})`;
  });
  if (/url\(\/(?!\/)/.test(out)) throw new Error('single-file presenter: the CSS still refers to a site file; inline it or leave it out.');
  return out;
}

/** The presenter's two scripts as one classic script: no module loading, no imports, no requests. */
async function bundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import ${JSON.stringify(CHART_SCRIPT)};\nimport ${JSON.stringify(PRESENT_SCRIPT)};`,
      resolveDir: path.dirname(PRESENT_SCRIPT),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    write: false,
  });
  return result.outputFiles[0]!.text.replace(/<\/script/gi, '<\\/script');
}

function inline(html: string, script: string, icon: string): string {
  let out = html.replace(/<script type="module" src="[^"]+"><\/script>/g, '');
  out = out.replace(/<link rel="icon" href="[^"]+"/, `<link rel="icon" href="${icon}"`);
  // The copy is the download: a link to download it again would point at nothing on a stick.
  out = out.replace(/<p class="present__download"[\s\S]*?<\/p>/, '');
  if (/\s(src|href)="\/(?!\/)/.test(out.replace(/<a [^>]*>/g, ''))) {
    throw new Error('single-file presenter: the page still refers to a site file; inline it or leave it out.');
  }
  // The copy's one inline script is allowed by its hash, and nothing else is: the same policy
  // as the site, opened from a file.
  const hash = createHash('sha256').update(script).digest('base64');
  out = out.replace(/(<meta http-equiv="content-security-policy" content="[^"]*script-src )'self'/, `$1'sha256-${hash}'`);
  return out.replace('</body>', `<script>${script}</script></body>`);
}

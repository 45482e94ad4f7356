/**
 * Local build or publishing build. Every absolute address the site writes (canonical and
 * hreflang links, og:image, the sitemap, robots.txt, embed snippets, citations, the footer
 * drawn into PNG and SVG downloads) starts with Astro's `site`. A local build (`npm start`,
 * `npm run build`, the tests) needs no setting and uses http://localhost:4321; a publishing
 * build (`npm run build:publish`, which sets PUBLISH=1) must be told its address in SITE_URL,
 * and stops with a message naming the setting rather than publish links to localhost.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { LOCAL_SITE } from '../site/urls.ts';

const TRUE = new Set(['1', 'true', 'yes']);

export interface SiteSettings {
  /** The origin every absolute address starts with. */
  site: string;
  /** PUBLISH=1: a build meant for upload. */
  publishing: boolean;
}

export function siteSettings(env: Record<string, string | undefined>): SiteSettings {
  const publishing = TRUE.has((env['PUBLISH'] ?? '').trim().toLowerCase());
  const raw = (env['SITE_URL'] ?? '').trim();
  if (raw === '') {
    if (publishing) {
      throw new Error(
        'PUBLISH=1 (npm run build:publish) needs SITE_URL, the public address the site will live at, ' +
          'e.g. SITE_URL=https://evidence.example.org npm run build:publish (with BASE_PATH=/ips-evidence/ under a sub-path). ' +
          `Without it every absolute address in the build would point at ${LOCAL_SITE}. For a local build use npm run build.`,
      );
    }
    return { site: LOCAL_SITE, publishing };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL must be an absolute address such as https://evidence.example.org; found "${raw}".`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must start with https:// (or http://); found "${raw}".`);
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(
      `SITE_URL is the origin only (https://user.github.io); put the path in BASE_PATH (BASE_PATH=${url.pathname.replace(/\/?$/, '/')}); found "${raw}".`,
    );
  }
  if (publishing && /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0)$/.test(url.hostname)) {
    throw new Error(`PUBLISH=1 needs the public address in SITE_URL, not a local one; found "${raw}".`);
  }
  return { site: url.origin, publishing };
}

/**
 * BASE_PATH as Astro's `base`: one leading and one trailing slash, whatever was given
 * ("ips-evidence", "/ips-evidence", "/ips-evidence/" → "/ips-evidence/"; "", "/" → "/"),
 * so GitHub Pages' base_path ("/repo/" or "/") can be passed as it comes.
 */
export function basePath(env: Record<string, string | undefined>): string {
  const trimmed = (env['BASE_PATH'] ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * An integration that says, at the start and the end of every build, which kind it is, so a
 * local build is never mistaken for one to upload.
 */
export function buildKind(settings: SiteSettings): AstroIntegration {
  const say = (logger: AstroIntegrationLogger) => {
    if (settings.publishing) logger.info(`publishing build for ${settings.site}`);
    else if (settings.site === LOCAL_SITE)
      logger.warn(`LOCAL build: absolute addresses point at ${LOCAL_SITE}. Not for publishing: use SITE_URL=https://… npm run build:publish.`);
    else logger.info(`build for ${settings.site} (not checked as a publishing build: use npm run build:publish)`);
  };
  return {
    name: 'ips-build-kind',
    hooks: {
      'astro:build:start': ({ logger }) => say(logger),
      'astro:build:done': ({ logger }) => say(logger),
    },
  };
}

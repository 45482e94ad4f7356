/** robots.txt: everything may be crawled; the sitemap (written after the build by src/build/site-index.ts) is at the configured site URL. */
import type { APIRoute } from 'astro';
import { normaliseBase } from '../lib/site-routes.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(`${normaliseBase(import.meta.env.BASE_URL)}sitemap.xml`, site ?? 'http://localhost:4321');
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};

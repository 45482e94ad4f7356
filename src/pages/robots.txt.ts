/** robots.txt: everything may be crawled; the sitemap (written after the build by src/integrations/site-index.ts) is at the configured site URL. */
import type { APIRoute } from 'astro';
import { absolute, sitePath } from '../site/urls.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = absolute(site, sitePath('sitemap.xml', import.meta.env.BASE_URL));
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};

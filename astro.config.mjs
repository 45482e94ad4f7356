// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { contentLinks } from './src/integrations/content-links.ts';
import { singleFilePresenter } from './src/integrations/single-file-presenter.ts';
import { siteIndex } from './src/integrations/site-index.ts';
import { redirects } from './src/integrations/redirects.ts';
import { hostHeaders } from './src/integrations/host-headers.ts';
import { designTokens } from './src/integrations/design-tokens.ts';
import { webFonts } from './src/integrations/web-fonts.ts';
import { basePath, buildKind, siteSettings } from './src/integrations/publish.ts';

// The public address and base path are configuration (SITE_URL, BASE_PATH), so the same build
// can live at a domain root or under a sub-path. A publishing build (PUBLISH=1, `npm run
// build:publish`) stops without SITE_URL; a local one uses http://localhost:4321 and says so
// (src/integrations/publish.ts).
const settings = siteSettings(process.env);
const base = basePath(process.env);

export default defineConfig({
  site: settings.site,
  base,
  trailingSlash: 'always',
  // siteIndex: the Pagefind search index and sitemap.xml, written after every build.
  // redirects: pages at retired addresses (src/redirects.txt).
  // hostHeaders: dist/_headers for Netlify and Cloudflare Pages; last, so it sees every file.
  integrations: [buildKind(settings), mdx(), singleFilePresenter(), siteIndex(), redirects(), hostHeaders()],
  // Astro's default Markdown processor (Sätteri), plus links from glossary terms in the pages'
  // prose to their entries on /glossary/, and site links made base- and language-aware
  // (src/integrations/content-links.ts).
  markdown: { processor: satteri({ hastPlugins: [contentLinks({ base })] }) },
  i18n: {
    locales: ['en', 'nb'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  // Scripts as files, never inline: a strict Content-Security-Policy (script-src 'self') then
  // needs no hashes, and the one small chart script is cached across pages.
  // designTokens: the CSS custom properties, written from src/styles/tokens.ts on every build;
  // webFonts: the typeface's WOFF2 subsets (src/integrations/web-fonts.ts).
  vite: { build: { assetsInlineLimit: 0 }, plugins: [designTokens(), webFonts()] },
});

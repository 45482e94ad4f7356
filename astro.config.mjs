// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { singleFilePresenter } from './src/build/single-file-presenter.ts';

// The public address and base path are configuration (SITE_URL, BASE_PATH), so the
// same build can live at a domain root or under a sub-path.
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  integrations: [mdx(), singleFilePresenter()],
  i18n: {
    locales: ['en', 'nb'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  // Scripts as files, never inline: a strict Content-Security-Policy (script-src 'self') then
  // needs no hashes, and the one small chart script is cached across pages.
  vite: { build: { assetsInlineLimit: 0 } },
});

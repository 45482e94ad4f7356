/**
 * Writes the design tokens' CSS (src/styles/tokens-css.ts, from src/styles/tokens.ts) to
 * src/styles/tokens.generated.css whenever Astro loads its configuration: on every build, dev
 * start and preview. The file is not committed (.gitignore), so there is no copy to forget to
 * regenerate; src/styles/global.css imports it first.
 *
 * A file rather than a virtual module because Vite reads a stylesheet's @import from disk.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { tokensCss } from '../styles/tokens-css.ts';

export const TOKENS_CSS_FILE = fileURLToPath(new URL('../styles/tokens.generated.css', import.meta.url));

const TOKENS_SOURCE = fileURLToPath(new URL('../styles/tokens.ts', import.meta.url));
const GENERATOR = fileURLToPath(new URL('../styles/tokens-css.ts', import.meta.url));

/** Writes the file only when its content changes, so a dev server does not reload for nothing. */
export function writeTokensCss(css = tokensCss(), file = TOKENS_CSS_FILE): void {
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // Not written yet (a fresh checkout).
  }
  if (current !== css) writeFileSync(file, css);
}

export function designTokens(): Plugin {
  writeTokensCss();
  return {
    name: 'ips-design-tokens',
    buildStart: () => writeTokensCss(),
    // In `astro dev`, an edited token reaches the page at once: the generator is loaded afresh and
    // the stylesheet rewritten, which Vite then reloads.
    configureServer(server) {
      server.watcher.on('change', async (file) => {
        if (file !== TOKENS_SOURCE) return;
        // Vite drops the edited module, not the generator that imported it: drop that too.
        for (const mod of server.moduleGraph.getModulesByFile(GENERATOR) ?? []) server.moduleGraph.invalidateModule(mod);
        const generator = (await server.ssrLoadModule(GENERATOR)) as { tokensCss: () => string };
        writeTokensCss(generator.tokensCss());
      });
    },
  };
}

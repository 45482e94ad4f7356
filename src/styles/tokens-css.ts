/**
 * The page's design tokens as CSS, written from src/styles/tokens.ts at build time (the Vite
 * plugin in src/integrations/design-tokens.ts writes it to src/styles/tokens.generated.css, which
 * src/styles/global.css imports first). Generated rather than copied, so the page, the downloads
 * and the tests can never disagree about a colour.
 */
import { typeAndSpace, pageColours, type PageColour } from './tokens.ts';

const names = Object.keys(pageColours.light) as PageColour[];

/** `--name: value;` lines for a set of custom properties. */
const declarations = (entries: Array<[string, string]>, indent: string) => entries.map(([name, value]) => `${indent}--${name}: ${value};`).join('\n');

export function tokensCss(): string {
  // light-dark() follows color-scheme: the system's by default, or the reader's choice
  // (data-theme on <html>: light, dark, auto; embeds also take transparent).
  const both = names.map((name): [string, string] => [name, `light-dark(${pageColours.light[name]}, ${pageColours.dark[name]})`]);
  return `/* Generated at build time from src/styles/tokens.ts (src/styles/tokens-css.ts): edit the tokens, not this. */
:root {
  color-scheme: light dark;
${declarations(both, '  ')}
  /* Labels over chart lines get a halo in this colour (print makes it white). */
  --chart-background: var(--bg);
${declarations(Object.entries(typeAndSpace), '  ')}
}
:root[data-theme='light'] {
  color-scheme: light;
}
:root[data-theme='dark'] {
  color-scheme: dark;
}
/* An embed on the host page's own background. */
:root[data-theme='transparent'] {
  --bg: transparent;
  --surface: transparent;
}
@media print {
  /* Paper is white whatever the reader chose on screen: a dark theme's pale text would print
     pale grey on white. The attribute selectors outrank the screen's theme choice; the other
     colours follow color-scheme, and --bg also undoes an embed's transparent theme. */
  :root,
  :root[data-theme] {
    color-scheme: light;
    --bg: ${pageColours.light.bg};
    --chart-background: ${pageColours.light.bg};
  }
}
`;
}

/**
 * The one escaper for text written into HTML, XML and SVG by string (redirect pages, the
 * sitemap, embed snippets, standalone SVGs): safe in element text and in double-quoted
 * attribute values, the only kind this code writes. An apostrophe stays as it is, so a
 * Content-Security-Policy's 'self' reads the same in a redirect page as in Astro's pages.
 * Astro escapes its own templates; this is for the markup built outside them.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (ch) => ENTITIES[ch]!);
}

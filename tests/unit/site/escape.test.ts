/** The one escaper (src/site/escape.ts), read back by a real HTML parser. */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { escapeXml } from '../../../src/site/escape.ts';

describe('escapeXml', () => {
  const nasty = `Tom & Jerry's <b>"quoted"</b> &amp; more`;

  it('escapes the markup characters and leaves the rest', () => {
    expect(escapeXml(nasty)).toBe("Tom &amp; Jerry's &lt;b&gt;&quot;quoted&quot;&lt;/b&gt; &amp;amp; more");
    expect(escapeXml("default-src 'self'")).toBe("default-src 'self'");
  });

  it('round-trips through a parser in text and in a double-quoted attribute', () => {
    const { document } = parseHTML(`<!doctype html><html><body><p data-x="${escapeXml(nasty)}">${escapeXml(nasty)}</p></body></html>`);
    const text = document.querySelector('p')!;
    expect(text.textContent).toBe(nasty);
    expect(text.getAttribute('data-x')).toBe(nasty);
  });
});

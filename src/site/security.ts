/**
 * The Content-Security-Policy every page carries (as a <meta>, so it holds on any static host;
 * dist/_headers, written by src/integrations/host-headers.ts, repeats it as a header for hosts that
 * read one). Scripts only from this site, never inline, never eval. Inline styles are allowed because Plot's SVG carries style
 * attributes, which hashes cannot cover. `frame-ancestors` works only as a header, not here.
 */
const policy = (scriptSrc: string) =>
  [
    "default-src 'self'",
    `script-src ${scriptSrc}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');

export const CONTENT_SECURITY_POLICY = policy("'self'");

/**
 * The policy of the search pages (/search/, /nb/search/). Pagefind's search runs as WebAssembly
 * (pagefind/wasm.*.pagefind, fetched from this site), and compiling WebAssembly needs
 * 'wasm-unsafe-eval' in script-src. That keyword allows WebAssembly.compile/instantiate only:
 * JavaScript eval(), new Function() and string timers stay blocked, which 'unsafe-eval' would
 * allow. Only the search pages load Pagefind, so only they get it; every other page keeps the
 * plain policy above.
 */
export const SEARCH_CONTENT_SECURITY_POLICY = policy("'self' 'wasm-unsafe-eval'");

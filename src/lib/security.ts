/**
 * The Content-Security-Policy every page carries (as a <meta>, so it holds on any static host;
 * public/_headers repeats it as a header where the host supports one). Scripts only from this
 * site, never inline, never eval. Inline styles are allowed because Plot's SVG carries style
 * attributes, which hashes cannot cover. `frame-ancestors` works only as a header, not here.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

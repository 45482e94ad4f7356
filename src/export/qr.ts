/**
 * The QR code and short address printed on a slide, so someone in the audience can open the
 * chart on their phone: the chart's embed pinned to this data version (`/embed/v<version>/<id>/`,
 * the numbers on the slide, kept as they were), or its page when this version is not released.
 *
 * The code is computed at build time by qrcode-generator (MIT, no dependencies) and drawn as
 * one SVG path of dark modules, so it is as sharp in a 1920 px PNG as in a PowerPoint slide.
 */
import qrcode from 'qrcode-generator';
import { qrColours } from '../styles/tokens.ts';

// The address the code opens is slideUrl in src/site/urls.ts.

/** The address as printed beside the code: no scheme, no "www.". */
export function shortUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/^www\./, '');
}

export interface QrCode {
  /** Modules per side, without the quiet zone. */
  modules: number;
  /** Dark modules as one path in module units (0…modules), runs of a row merged. */
  path: string;
}

const cache = new Map<string, QrCode>();

/** The QR code of `text` (error correction M: survives a projector's glare and a phone's angle). */
export function qrCode(text: string): QrCode {
  let hit = cache.get(text);
  if (hit) return hit;
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  let d = '';
  for (let row = 0; row < n; row++) {
    let col = 0;
    while (col < n) {
      if (!qr.isDark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < n && qr.isDark(row, col)) col++;
      d += `M${start} ${row}h${col - start}v1h${start - col}z`;
    }
  }
  hit = { modules: n, path: d };
  cache.set(text, hit);
  return hit;
}

/** Quiet zone around the code, in modules (the standard asks for 4). */
export const QUIET = 4;

/**
 * The code as SVG at (x, y), `size` px square including its quiet zone, dark on a light
 * square whatever the theme (phones read dark-on-light codes most reliably).
 */
export function qrSvg(text: string, x: number, y: number, size: number, colours: { dark: string; light: string } = qrColours): string {
  const { modules, path } = qrCode(text);
  const total = modules + 2 * QUIET;
  const k = size / total;
  return (
    `<g transform="translate(${x} ${y}) scale(${k})">` +
    `<rect width="${total}" height="${total}" fill="${colours.light}"/>` +
    `<path transform="translate(${QUIET} ${QUIET})" d="${path}" fill="${colours.dark}" shape-rendering="crispEdges"/>` +
    `</g>`
  );
}

/**
 * The one Chromium every browser check uses (Playwright's project, Lighthouse, the outline test,
 * `npm run bench`), found in the same order as scripts/ensure-debian-packages.sh: $CHROMIUM_PATH,
 * then Debian's real binary, then its wrapper script. Undefined: Playwright's own Chromium.
 */
import { accessSync, constants } from 'node:fs';

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function findChromium(): string | undefined {
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/lib/chromium/chromium', '/usr/bin/chromium'];
  return candidates.find((c): c is string => typeof c === 'string' && c !== '' && isExecutable(c));
}

/** No sandbox (containers run as root), no GPU, and nothing that would reach the network by itself. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

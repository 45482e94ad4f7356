/**
 * The real clients the slide tests open files in (installed by scripts/ensure-debian-packages.sh):
 * a missing one fails the test with its name and package, never skips it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const PACKAGE: Record<string, string> = {
  'rsvg-convert': 'librsvg2-bin',
  zbarimg: 'zbar-tools',
  pdftotext: 'poppler-utils',
  pdfinfo: 'poppler-utils',
  soffice: 'libreoffice-impress',
  unzip: 'unzip',
};

/** Runs a tool and returns its standard output. */
export function run(tool: string, args: string[], options: { input?: Buffer; timeout?: number } = {}): string {
  try {
    return execFileSync(tool, args, {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      timeout: options.timeout ?? 120_000,
      ...(options.input ? { input: options.input } : {}),
    });
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: string };
    if (err.code === 'ENOENT') {
      throw new Error(`${tool} is not installed: run scripts/ensure-debian-packages.sh (Debian package ${PACKAGE[tool] ?? tool}).`, { cause: e });
    }
    throw new Error(`${tool} ${args.join(' ')} failed: ${err.message}\n${err.stderr ?? ''}`, { cause: e });
  }
}

export const scratch = (name: string) => mkdtempSync(path.join(tmpdir(), `ips-${name}-`));

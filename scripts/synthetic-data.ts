/**
 * SYNTHETIC evidence for scale tests — never shipped, never cited. Copies data/ to a scratch
 * folder and adds N made-up RCTs (study, source, IPS and control rates, arm sizes), every name and
 * note saying "SYNTHETIC". Usage: node scripts/synthetic-data.ts <N> <out-dir>
 */
import { appendFileSync, cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';

export function writeSyntheticData(n: number, out: string, from = path.resolve('data')): string {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync(from, out, { recursive: true, filter: (src) => !src.includes(`${path.sep}releases`) });
  let seed = 42;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  // One source per trial, as real trials have: the bibliography and every chart's source list
  // then grow with the trials, as they would.
  let sources = '\n';
  let studies = '\n';
  let rows = '';
  for (let i = 1; i <= n; i++) {
    const key = `synthetic-${i}`;
    const src = `synthetic-source-${i}`;
    sources += `${src}:\n  kind: web\n  title: SYNTHETIC trial ${i} for scale benchmarks, not evidence\n  url: https://example.invalid/synthetic/${i}\n  publisher: IPS Evidence scale benchmark\n  year: ${1995 + (i % 30)}\n`;
    const size = 40 + Math.floor(rand() * 400);
    const ips = Math.round((25 + rand() * 50) * 10) / 10;
    const control = Math.round((5 + rand() * (ips - 5)) * 10) / 10;
    studies += `${key}:\n  kind: rct\n  topic: evidence-base\n  name: SYNTHETIC trial ${i}\n  short: SYNTHETIC ${i}\n  year: ${1995 + (i % 30)}\n  arms:\n    - id: ips\n      label: IPS\n    - id: control\n      label: Control\n  sources: [${src}]\n  headline:\n    intervention: ${key}-employment-ips\n    control: ${key}-employment-control\n  note: SYNTHETIC, for scale benchmarks only.\n`;
    for (const [arm, value] of [
      ['ips', ips],
      ['control', control],
    ] as const) {
      rows += `${key}-employment-${arm},${key},competitive-employment,${arm},,12 months,${value},percent,,,,,,${src},synthetic,syntetisk,grey,,SYNTHETIC,SYNTETISK\n`;
      rows += `${key}-randomised-${arm},${key},participants-randomised,${arm},,,${Math.round(size / 2)},persons,,,,,,${src},synthetic,syntetisk,grey,,SYNTHETIC,SYNTETISK\n`;
    }
  }
  appendFileSync(path.join(out, 'sources.yaml'), sources);
  appendFileSync(path.join(out, 'studies.yaml'), studies);
  appendFileSync(path.join(out, 'figures', 'evidence-base.csv'), rows);
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [n, out] = process.argv.slice(2);
  if (!n || !out) {
    console.error('usage: node scripts/synthetic-data.ts <N> <out-dir>');
    process.exit(2);
  }
  console.log(writeSyntheticData(Number(n), path.resolve(out)));
}

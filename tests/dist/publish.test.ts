/**
 * The build `npm test` makes is a publishing build (PUBLISH=1 SITE_URL=https://example.org
 * BASE_PATH=/ips-evidence/, scripts/test.sh), and its files are opened here by the tools they
 * are for:
 * - no text file in it says "localhost", and its absolute links carry the site's address (the
 *   PNG footers are drawn, so tests/unit/publish-settings.test.ts checks the SVG they are drawn
 *   from; it also proves a publishing build without SITE_URL stops, naming the setting);
 * - dist/_headers gives every file exactly one Content-Security-Policy under Netlify's and
 *   Cloudflare Pages' rules (tests/support/host-headers.ts), embeds frameable from anywhere;
 * - every CSV starts with a byte-order mark, reads back with a strict parser (csv-parse), has
 *   no cell a spreadsheet would run as a formula, and the Norwegian ones use ";" and decimal
 *   commas for the same numbers;
 * - every .bib goes through the real `bibtex` (plain and alpha styles) with no warning;
 * - every .ris reads in Citation.js's RIS parser with the expected reference types.
 * (The data archive's `unzip -t` is in pages.test.ts.)
 *
 * A local build (`npm run build`, addresses at http://localhost:4321) is not one to publish:
 * these tests are then skipped, saying so — except under `npm test` (IPS_REQUIRE_DIST), where
 * the build must be made for a public address.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartSpec, type ChartId } from '../../src/charts/index.ts';
import { COMPUTED_HERE } from '../../src/data/evidence.ts';
import { isScript } from '../../src/integrations/host-headers.ts';
import { loadEvidence } from '../../src/data/load.ts';
import { headerValues, parseHeadersFile, type Host } from '../support/host-headers.ts';
import { BASE_PATH, DIST_DIR, SITE_ORIGIN, hasDist } from './dist.ts';

const SITE = SITE_ORIGIN;
const BASE = BASE_PATH;
const dist = DIST_DIR.replace(/\/+$/, '');
const local = /^https?:\/\/(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/.test(SITE);
if (hasDist() && local && process.env['IPS_REQUIRE_DIST'])
  throw new Error(`The build in ${DIST_DIR} is a local one (${SITE}): npm test builds with PUBLISH=1 SITE_URL=https://example.org.`);
const scratch = mkdtempSync(path.join(os.tmpdir(), 'ips-publish-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function files(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) files(full, out);
    else out.push(full);
  }
  return out;
}
const rel = (f: string) => path.relative(dist, f).split(path.sep).join('/');
const BINARY = /\.(png|zip|woff2?|ttf|wasm|ico|pf_meta|pf_fragment|pf_index|pagefind)$/;

const describePublished = (name: string, body: () => void) =>
  !hasDist() || local
    ? describe.skip(`${name} (skipped: ${hasDist() ? `a local build for ${SITE}` : 'no dist/'}; build with PUBLISH=1 SITE_URL=https://… to run these)`, body)
    : describe(name, body);

describePublished(`a publishing build at ${SITE}${BASE}`, () => {
  let all: string[] = [];
  beforeAll(() => {
    all = files(dist);
  });

  it('has no "localhost" in any text file, and the site address in its absolute links', () => {
    const found = all.filter((f) => !BINARY.test(f) && readFileSync(f, 'utf8').includes('localhost')).map(rel);
    expect(found).toEqual([]);
    expect(all.filter((f) => /\.png$/.test(f) && readFileSync(f).includes('localhost')).map(rel)).toEqual([]);
    expect(readFileSync(path.join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}${BASE}sitemap.xml`);
    expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).toContain(`<link rel="canonical" href="${SITE}${BASE}">`);
  });

  describe('_headers', () => {
    const frameAncestors = (csp: string) => /frame-ancestors ([^;]+)/.exec(csp)?.[1]?.trim();
    /** The address a file is served at: index.html as its folder. */
    const address = (f: string) => `${BASE}${rel(f).replace(/(^|\/)index\.html$/, '$1')}`;

    it.each(['netlify', 'cloudflare'] as Host[])('gives every file exactly one policy on %s: embeds any framer, the rest this site', (host) => {
      const rules = parseHeadersFile(readFileSync(path.join(dist, '_headers'), 'utf8'));
      expect(rules.length).toBeLessThanOrEqual(100);
      const problems: string[] = [];
      const kinds = new Set<string>();
      for (const f of all) {
        const r = rel(f);
        if (r === '_headers' || r === '_redirects') continue;
        const url = address(f);
        const csp = headerValues(rules, host, url, 'Content-Security-Policy');
        // A policy sent with a script file has no effect; there, none or one is fine.
        if (isScript(path.basename(r)) ? csp.length > 1 : csp.length !== 1) {
          problems.push(`${url}: ${csp.length} policies`);
          continue;
        }
        // A script's policy has no effect, so who may frame it does not matter.
        if (csp.length === 0 || isScript(path.basename(r))) continue;
        const embed = new RegExp(`^${BASE}(nb/)?embed/`).test(url);
        const want = embed ? '*' : "'self'";
        if (frameAncestors(csp[0]!) !== want) problems.push(`${url}: frame-ancestors ${frameAncestors(csp[0]!)}, expected ${want}`);
        if (embed) kinds.add(/embed\/v\d/.test(url) ? 'pinned embed' : 'embed');
        else if (/\/present\//.test(url)) kinds.add('presenter');
        else if (/\/(charts|data)\/.+\.\w+$/.test(url)) kinds.add('download');
        else if (url.endsWith('/')) kinds.add('page');
      }
      expect(problems).toEqual([]);
      expect([...kinds].sort()).toEqual(['download', 'embed', 'page', 'pinned embed', 'presenter']);
    });

    it("allows the presenter copy's inline script by the hash its own <meta> names", () => {
      const rules = parseHeadersFile(readFileSync(path.join(dist, '_headers'), 'utf8'));
      const file = all.find((f) => f.endsWith('-presenter.html'))!;
      const meta = /script-src ('sha256-[^']+')/.exec(readFileSync(file, 'utf8'))![1]!;
      for (const host of ['netlify', 'cloudflare'] as Host[])
        expect(headerValues(rules, host, address(file), 'Content-Security-Policy')[0]).toContain(`script-src 'self' ${meta}`);
    });
  });

  describe('CSV', () => {
    const csvs = () => all.filter((f) => f.endsWith('.csv'));
    const read = (f: string) => {
      const lang = rel(f).startsWith('nb/') ? 'nb' : 'en';
      const text = readFileSync(f, 'utf8');
      return { lang, text, rows: parse(text, { bom: true, delimiter: lang === 'nb' ? ';' : ',', relax_column_count: false }) as string[][] };
    };

    it('every CSV starts with a byte-order mark and reads back strictly, none with a formula cell', () => {
      expect(csvs().length).toBeGreaterThan(40);
      const problems: string[] = [];
      for (const f of csvs()) {
        const bytes = readFileSync(f);
        if (!(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)) problems.push(`${rel(f)}: no BOM`);
        const { rows } = read(f);
        for (const row of rows)
          for (const cell of row) if (/^[=+\-@\t\r]/.test(cell) && !/^[+-]?\d+([.,]\d+)?$/.test(cell)) problems.push(`${rel(f)}: ${cell}`);
      }
      expect(problems).toEqual([]);
    });

    it('the Norwegian CSVs hold the same numbers, with ";" and decimal commas', () => {
      const nb = csvs().filter((f) => rel(f).startsWith('nb/'));
      expect(nb.length).toBeGreaterThan(20);
      let decimals = 0;
      for (const f of nb) {
        const twin = path.join(dist, rel(f).slice(3));
        const { rows, text } = read(f);
        const en = read(twin).rows;
        expect(text.split('\r\n')[0], rel(f)).toContain(';');
        expect(rows.length, rel(f)).toBe(en.length);
        rows.slice(1).forEach((row, i) =>
          row.forEach((cell, j) => {
            const e = en[i + 1]![j]!;
            if (/^-?\d+\.\d+$/.test(e)) {
              decimals++;
              expect(cell, `${rel(f)} row ${i + 2}`).toBe(e.replace('.', ','));
            } else if (/^-?\d+$/.test(e)) expect(cell).toBe(e);
          }),
        );
      }
      expect(decimals).toBeGreaterThan(100);
    });

    it("a chart's CSV holds the data's figures", () => {
      const evidence = loadEvidence();
      for (const f of csvs().filter((x) => /(^|\/)charts\//.test(rel(x)))) {
        const { lang, rows } = read(f);
        const [header, ...body] = rows;
        const at = (name: string) => header!.indexOf(name);
        for (const row of body) {
          // Pooled estimates the chart computed itself are checked against the chart module in
          // tests/unit/export/csv.test.ts; here, every row read from data/.
          if (row[at(lang === 'nb' ? 'kilde' : 'source')] === COMPUTED_HERE) continue;
          const fig = evidence.figures.get(row[at('id')]!)!;
          expect(fig, rel(f)).toBeDefined();
          const value = row[at(lang === 'nb' ? 'verdi' : 'value')]!;
          expect(Number(lang === 'nb' ? value.replace(',', '.') : value), `${rel(f)} ${fig.id}`).toBe(fig.value);
        }
      }
    });
  });

  it('every .bib goes through the real bibtex with no warning, in plain and alpha', { timeout: 120_000 }, () => {
    const which = spawnSync('sh', ['-c', 'command -v bibtex'], { encoding: 'utf8' });
    expect(which.status, 'bibtex is not installed: run scripts/ensure-debian-packages.sh (Debian: texlive-binaries)').toBe(0);
    const bibs = all.filter((f) => f.endsWith('.bib'));
    expect(bibs.length).toBeGreaterThan(20);
    const work = path.join(scratch, 'bibtex');
    mkdirSync(work, { recursive: true });
    const problems: string[] = [];
    for (const f of bibs) {
      const text = readFileSync(f, 'utf8');
      writeFileSync(path.join(work, 'refs.bib'), text);
      const keys = [...text.matchAll(/^@\w+\{([^,]+),/gm)].map((m) => m[1]);
      for (const style of ['plain', 'alpha']) {
        writeFileSync(path.join(work, 'cite.aux'), `\\relax\n\\citation{${keys.join(',')}}\n\\bibstyle{${style}}\n\\bibdata{refs}\n`);
        const r = spawnSync('bibtex', ['cite'], { cwd: work, encoding: 'utf8' });
        const log = readFileSync(path.join(work, 'cite.blg'), 'utf8');
        // BibTeX logs each warning as "Warning--…" and closes with "(There were N warnings)".
        if (r.status !== 0 || /^Warning--|There (was|were) \d+ (warning|error)/m.test(log))
          problems.push(
            `${rel(f)} (${style}): ${log
              .split('\n')
              .filter((l) => /^Warning--|error|There (was|were)/.test(l))
              .join(' | ')}`,
          );
        const bbl = readFileSync(path.join(work, 'cite.bbl'), 'utf8');
        if ((bbl.match(/\\bibitem/g) ?? []).length !== keys.length) problems.push(`${rel(f)} (${style}): ${keys.length} entries, bbl has fewer`);
      }
      // The chart's own record: its pinned address and its data version, printed by the style.
      const bbl = readFileSync(path.join(work, 'cite.bbl'), 'utf8');
      if (!bbl.includes(`\\url{${SITE}${BASE}`) || !/data version \d+\.\d+\.\d+|dataversjon \d+\.\d+\.\d+/i.test(bbl))
        problems.push(`${rel(f)}: the chart's address or version is not printed`);
    }
    expect(problems).toEqual([]);
  });

  it("every .ris reads in Citation.js's RIS parser, each reference of the expected type", () => {
    const ris = all.filter((f) => f.endsWith('.ris'));
    expect(ris.length).toBeGreaterThan(20);
    // RIS types as Citation.js files them: ABST (an abstract) as a journal item, and SLIDE (RIS's
    // type for slides, which Zotero reads as a presentation) under motion_picture, Citation.js
    // having no presentation type to map it to.
    const CSL: Record<string, string> = {
      JOUR: 'article-journal',
      ELEC: 'webpage',
      NEWS: 'article-newspaper',
      ABST: 'article-journal',
      SLIDE: 'motion_picture',
    };
    const evidence = loadEvidence();
    for (const f of ris) {
      const text = readFileSync(f, 'utf8');
      const types = [...text.matchAll(/^TY {2}- (\w+)\r$/gm)].map((m) => m[1]!);
      const refs = plugins.input.chain(text, { target: '@csl/list+object', generateGraph: false }) as Array<{ type: string; title?: string; URL?: string }>;
      expect(refs.length, rel(f)).toBe(types.length);
      refs.forEach((r, i) => {
        expect(r.type, `${rel(f)} #${i + 1}`).toBe(CSL[types[i]!]);
        expect(r.title, `${rel(f)} #${i + 1}`).toBeTruthy();
      });
      // The chart's own record: its title, its data version, its pinned address.
      const id = path.basename(f, '.ris') as ChartId;
      const lang = rel(f).startsWith('nb/') ? 'nb' : 'en';
      const chart = refs[0] as { title?: string; URL?: string; edition?: string; issued?: { 'date-parts': number[][] } };
      expect(chart.title, rel(f)).toBe(chartSpec(id, evidence, lang).title);
      expect(chart.edition, rel(f)).toContain(evidence.release.version);
      expect(chart.issued?.['date-parts'][0]?.[0], rel(f)).toBe(Number(evidence.release.date.slice(0, 4)));
      expect(chart.URL, rel(f)).toBe(`${SITE}${BASE}${lang === 'nb' ? 'nb/' : ''}embed/v${evidence.release.version}/${id}/`);
    }
  });
});

/**
 * The data downloads: every dataset as CSV (English and Norwegian) and JSON, and a ZIP archive
 * checked by real readers: Info-ZIP's `unzip -t` (CRCs, structure) and fflate (contents).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { archiveName, csvColumns, dataDownloads, datasets, type DataDownload } from '../../../src/export/data-export.ts';
import { dataDirectory, loadEvidence } from '../../../src/data/load.ts';
import { columnName } from '../../../src/export/csv.ts';
import { zip } from '../../../src/export/zip.ts';

const e = loadEvidence();
const dir = dataDirectory();
const en = dataDownloads(e, dir, 'en', 'https://example.org/sources/');
const nb = dataDownloads(e, dir, 'nb');
const file = (list: DataDownload[], name: string) => list.find((f) => f.name === name)!;
/** UTF-8 text of an entry, BOM kept (TextDecoder, and so fflate's strFromU8, drops it). */
const text = (u: Uint8Array) => Buffer.from(u).toString('utf8');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'ips-zip-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** `unzip -t` over the bytes: exit 0 and "No errors detected". */
function unzipTest(bytes: Uint8Array): string {
  const f = path.join(scratch, `t-${Math.random().toString(36).slice(2)}.zip`);
  writeFileSync(f, bytes);
  const r = spawnSync('unzip', ['-t', f], { encoding: 'utf8' });
  expect(r.status, r.stdout + r.stderr).toBe(0);
  expect(r.stdout).toContain('No errors detected');
  return r.stdout;
}

describe('zip', () => {
  it('round-trips files and UTF-8 names, is deterministic, and passes unzip -t', () => {
    const entries = [
      { name: 'a/ø.txt', data: 'Søk og finn\n'.repeat(50) },
      { name: 'b.bin', data: new Uint8Array([1, 2, 3]) },
    ];
    const one = zip(entries, '2026-11-24');
    expect(Buffer.from(zip(entries, '2026-11-24')).equals(Buffer.from(one))).toBe(true);
    const files = unzipSync(one);
    expect(text(files['a/ø.txt']!)).toBe(entries[0]!.data);
    expect([...files['b.bin']!]).toEqual([1, 2, 3]);
    expect(unzipTest(one)).toMatch(/testing: a\/ø\.txt\s+OK/);
  });

  it('refuses the same name twice', () => {
    expect(() =>
      zip(
        [
          { name: 'a', data: 'x' },
          { name: 'a', data: 'y' },
        ],
        '2026-11-24',
      ),
    ).toThrow(/"a" is in the archive twice/);
  });
});

describe('data downloads', () => {
  it('offer every dataset as CSV and JSON, the archive, and every CSV in Norwegian', () => {
    const names = en.map((f) => f.name);
    for (const d of datasets(e, dir)) {
      expect(names).toContain(`${d.name}.csv`);
      expect(names).toContain(`${d.name}.json`);
    }
    expect(names).toContain(archiveName(e.release.version));
    expect(nb.map((f) => f.name)).toEqual(datasets(e, dir).map((d) => `${d.name}.csv`));
  });

  it('keep every figure, with its published precision', () => {
    const all = datasets(e, dir).find((d) => d.name === 'figures')!;
    expect(all.rows.length).toBe(e.figures.size);
    const json = JSON.parse(file(en, 'figures.json').body as string);
    expect(json.dataVersion).toBe(e.release.version);
    const row = json.rows.find((r: { id: string }) => r.id === 'norway-employment-18m-ips');
    expect(row.value).toBe(37.4);
    expect(row.unit).toBe('percent');
    expect(row.source).toBe('reme-2019');
  });

  it.each(datasets(e, dir).map((d) => d.name))('%s.csv reads back, in both languages, as the JSON holds it', (name) => {
    const d = datasets(e, dir).find((x) => x.name === name)!;
    const json = JSON.parse(file(en, `${name}.json`).body as string).rows as Record<string, unknown>[];
    for (const [lang, list] of [
      ['en', en],
      ['nb', nb],
    ] as const) {
      const text = file(list, `${name}.csv`).body as string;
      expect(text.charCodeAt(0)).toBe(0xfeff);
      const rows = parse(text, { bom: true, delimiter: lang === 'en' ? ',' : ';', columns: true, relax_column_count: false }) as Record<string, string>[];
      expect(rows.length).toBe(json.length);
      const col = (c: string) => columnName(c, lang);
      expect(Object.keys(rows[0] ?? {})).toEqual(csvColumns(d).map(col));
      rows.forEach((r, i) => {
        const j = json[i]!;
        for (const c of csvColumns(d)) {
          const cell = r[col(c)]!;
          expect(/^[=+\-@\t\r]/.test(cell) && !/^[+-]?\d/.test(cell), `${name} row ${i + 1} ${c}: ${cell}`).toBe(false);
          if (c === 'p_comparator') continue;
          // The Norwegian CSV carries a field's Norwegian text (figures' note_nb, locator_nb; sources' note_nb) in the field's column.
          const twin = lang === 'nb' && !d.columns.includes(`${c}_nb`) ? d.rows[i]![`${c}_nb`] : undefined;
          const want = typeof twin === 'string' && twin.trim() !== '' ? twin.trim() : j[c];
          if (c === 'p_value' && typeof want === 'string')
            expect(`${r[col('p_comparator')] || '='}${cell.replace(',', '.')}`).toBe(want.replace(/^(\d)/, '=$1'));
          else if (typeof want === 'number') expect(Number(lang === 'nb' ? cell.replace(',', '.') : cell), `${name} ${c}`).toBe(want);
          else if (want === null || want === undefined) expect(cell).toBe('');
          else if (Array.isArray(want)) expect(cell).toBe(want.join('; '));
          else expect(cell.replace(/^'(?=[=+\-@\t\r])/, ''), `${name} ${c}`).toBe(String(want));
        }
      });
    }
  });

  it('carry the Norwegian note and locator in the Norwegian figures CSV, the English ones in the English CSV', () => {
    const f = e.figures.get('norway-employment-18m-ips')!;
    const read = (list: typeof en, lang: 'en' | 'nb') =>
      (
        parse(file(list, 'figures-norway.csv').body as string, { bom: true, delimiter: lang === 'en' ? ',' : ';', columns: true }) as Record<string, string>[]
      ).find((r) => r['id'] === f.id)!;
    expect(f.note_nb).toBeTruthy();
    expect(read(en, 'en')).toMatchObject({ note: f.note, locator: f.locator });
    expect(read(nb, 'nb')).toMatchObject({ [columnName('note', 'nb')]: f.note_nb, [columnName('locator', 'nb')]: f.locator_nb });
    expect(Object.keys(read(en, 'en'))).not.toContain('note_nb');
  });

  it('pack a README, the original data files and the exports in an archive that unzip -t accepts', () => {
    const archive = file(en, archiveName(e.release.version)).body as Uint8Array;
    unzipTest(archive);
    const files = unzipSync(archive);
    const folder = `ips-evidence-data-${e.release.version}`;
    const names = Object.keys(files);
    expect(names).toEqual(
      expect.arrayContaining([
        `${folder}/README.md`,
        `${folder}/data-rules.md`,
        `${folder}/sources.yaml`,
        `${folder}/release.yaml`,
        `${folder}/CHANGELOG.md`,
        `${folder}/figures/norway.csv`,
        `${folder}/exports/figures.csv`,
        `${folder}/exports/nb/figures.csv`,
      ]),
    );
    expect(names.some((k) => k.includes('/releases/'))).toBe(false);
    // The originals are byte for byte the files in data/, the exports the files on the site.
    expect(Buffer.from(files[`${folder}/figures/norway.csv`]!).equals(readFileSync(path.join(dir, 'figures', 'norway.csv')))).toBe(true);
    for (const f of en.filter((x) => x.name.endsWith('.csv') || x.name.endsWith('.json'))) expect(text(files[`${folder}/exports/${f.name}`]!)).toBe(f.body);
    for (const f of nb) expect(text(files[`${folder}/exports/nb/${f.name}`]!)).toBe(f.body);

    const readme = text(files[`${folder}/README.md`]!);
    expect(readme).toContain(`# IPS Evidence data, version ${e.release.version}`);
    for (const d of datasets(e, dir)) expect(readme).toContain(`| ${d.name} | ${d.rows.length} |`);
    for (const unit of new Set([...e.figures.values()].map((f) => f.unit))) expect(readme).toContain(`- \`${unit}\`: `);
    for (const s of ['published', 'registry', 'presentation', 'grey', 'derived']) expect(readme).toContain(`- \`${s}\`: `);
    expect(readme).toMatch(/## Licence\n\n\S/);
    expect(readme).toContain(`(Version ${e.release.version}) [Data set]. https://example.org/sources/`);
  });
});

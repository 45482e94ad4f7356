/**
 * The JSON Schemas editors use for data/*.yaml (data/schema/, through .vscode/settings.json) are
 * generated from the zod schemas the build validates with (scripts/data-schema.ts). This fails
 * when the committed files are out of date, and checks with a real validator (Ajv, JSON Schema
 * 2020-12) that they accept the data as it is and reject what the build rejects field by field.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DATA_YAML_FILES, SCHEMA_DIR, dataJsonSchemaFiles, schemaFileName } from '../../scripts/data-schema.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const generated = dataJsonSchemaFiles();

function validator(yamlFile: string) {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(path.join(ROOT, SCHEMA_DIR, schemaFileName(yamlFile)), 'utf8')) as object);
}

/** "key.field: message" for each error, so a failure names the entry to fix. */
const show = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).map((e) => `${e.instancePath.slice(1).replaceAll('/', '.') || '(top level)'}: ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`);

function errorsFor(yamlFile: string, yamlPath: string): string[] {
  const validate = validator(yamlFile);
  return validate(parse(readFileSync(yamlPath, 'utf8'))) ? [] : show(validate.errors);
}

describe('JSON Schemas of the data files', () => {
  it('are up to date with the zod schemas (else: npm run data:schema)', () => {
    const committed = existsSync(path.join(ROOT, SCHEMA_DIR)) ? readdirSync(path.join(ROOT, SCHEMA_DIR)).sort() : [];
    expect(committed, `${SCHEMA_DIR}/ holds exactly the generated files`).toEqual([...generated.keys()].sort());
    for (const [name, text] of generated) {
      expect(readFileSync(path.join(ROOT, SCHEMA_DIR, name), 'utf8'), `${SCHEMA_DIR}/${name} is out of date: run npm run data:schema`).toBe(text);
    }
  });

  it('cover every YAML file in data/', () => {
    const yamlFiles = readdirSync(path.join(ROOT, 'data')).filter((f) => /\.ya?ml$/.test(f));
    expect(yamlFiles.length).toBeGreaterThan(4);
    expect(DATA_YAML_FILES.map((d) => d.file).sort()).toEqual(yamlFiles.sort());
  });

  it('are the ones editors are told to use (.vscode/settings.json yaml.schemas)', () => {
    // JSON with comments: drop whole-line comments before parsing.
    const text = readFileSync(path.join(ROOT, '.vscode/settings.json'), 'utf8').replace(/^\s*\/\/.*$/gm, '');
    const mapping = (JSON.parse(text) as { 'yaml.schemas': Record<string, string> })['yaml.schemas'];
    expect(mapping).toEqual(Object.fromEntries(DATA_YAML_FILES.map((d) => [`./${SCHEMA_DIR}/${schemaFileName(d.file)}`, `/data/${d.file}`])));
  });

  it.each(DATA_YAML_FILES.map((d) => [d.file] as const))('accept data/%s as it is', (file) => {
    const full = path.join(ROOT, 'data', file);
    expect(existsSync(full), `data/${file}`).toBe(true);
    expect(errorsFor(file, full)).toEqual([]);
  });

  it('accept the valid test data', () => {
    for (const d of DATA_YAML_FILES) {
      const full = path.join(ROOT, 'tests/fixtures/data-valid', d.file);
      if (existsSync(full)) expect(errorsFor(d.file, full), full).toEqual([]);
    }
  });

  // Malformed fixtures whose problem is in one field (the build's message: tests/fixtures/malformed/<case>/expected.txt).
  it.each([
    ['bad-doi', 'sources.yaml', /^reme-2019\.doi: must match pattern/],
    ['yaml-unknown-field', 'sources.yaml', /must NOT have additional properties/],
    ['release-bad-version', 'release.yaml', /^version: must match pattern/],
  ] as const)('reject the malformed fixture %s, as the build does', (fixture, file, expected) => {
    const errors = errorsFor(file, path.join(ROOT, 'tests/fixtures/malformed', fixture, file));
    expect(
      errors.some((e) => expected.test(e)),
      errors.join('\n'),
    ).toBe(true);
  });

  it('reject a blank text, an unknown enum value and a key that is not kebab-case', () => {
    const validate = validator('studies.yaml');
    const study = { kind: 'rct', topic: 'norway', name: 'A trial', sources: ['reme-2019'] };
    expect(validate({ 'a-trial': study }), show(validate.errors).join('\n')).toBe(true);
    expect(validate({ 'a-trial': { ...study, name: '   ' } })).toBe(false);
    expect(validate({ 'a-trial': { ...study, kind: 'RCT' } })).toBe(false);
    expect(validate({ A_Trial: study })).toBe(false);
  });
});

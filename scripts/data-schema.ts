/**
 * JSON Schemas for the YAML files in data/, generated from the zod schemas that validate them
 * (src/data/schemas.ts), so an editor with a YAML language server (VS Code's YAML extension,
 * through .vscode/settings.json) marks a misspelt field, a wrong enum value or a malformed DOI
 * while typing, by the same per-field rules as the build.
 *
 *   npm run data:schema     writes data/schema/<file>.schema.json
 *
 * tests/unit/json-schema.test.ts fails when the committed files differ from what this generates.
 * What JSON Schema cannot say is left to `npm run data:check`: rules across fields written as
 * zod refinements (an article needs a journal, a year and a DOI, PMID or PMCID; a trial not yet
 * extracted needs a citation or a source) and every rule across files (keys that must exist).
 * The figure files (data/figures/*.csv) have no JSON Schema: editors do not apply one to CSV.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { topicSchema, discrepancySchema, key, measureSchema, releaseSchema, sourceSchema, studySchema, trialNotExtractedSchema } from '../src/data/schemas.ts';

/** Each YAML file in data/, the schema its entries are validated with (src/data/load.ts), and how. */
export const DATA_YAML_FILES = [
  { file: 'release.yaml', schema: releaseSchema, name: 'releaseSchema', keyed: false },
  { file: 'topics.yaml', schema: topicSchema, name: 'topicSchema', keyed: true },
  { file: 'sources.yaml', schema: sourceSchema, name: 'sourceSchema', keyed: true },
  { file: 'studies.yaml', schema: studySchema, name: 'studySchema', keyed: true },
  { file: 'measures.yaml', schema: measureSchema, name: 'measureSchema', keyed: true },
  { file: 'discrepancies.yaml', schema: discrepancySchema, name: 'discrepancySchema', keyed: true },
  { file: 'trials-not-extracted.yaml', schema: trialNotExtractedSchema, name: 'trialNotExtractedSchema', keyed: true },
] as const;

export const SCHEMA_DIR = 'data/schema';

/** `studies.yaml` → `studies.schema.json`. */
export const schemaFileName = (yamlFile: string): string => yamlFile.replace(/\.ya?ml$/, '.schema.json');

/** A JSON Schema as written to disk (zod's own type does not allow a list of types). */
type JsonSchema = Record<string, unknown>;

/** Stands for "no value is valid here"; removed from the unions it ends up in (see `prune`). */
const NEVER = { not: {} };

/** One entry's JSON Schema: the input side of the zod schema, as the YAML file holds it. */
function entrySchema(schema: z.ZodType): JsonSchema {
  const json = z.toJSONSchema(schema, {
    io: 'input',
    // `z.date()` is the one part without a JSON form: a YAML date the parser turned into a Date.
    // The project's YAML parser never does (YAML 1.2 core schema: dates stay strings), so it becomes
    // NEVER and drops out of its union.
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const def = zodSchema._zod.def;
      if (def.type === 'date') Object.assign(jsonSchema, NEVER);
      if (def.type === 'string') {
        // `z.coerce.string()` (volume, issue, pages, pmid) also takes an unquoted number.
        if ('coerce' in def && def.coerce) (jsonSchema as JsonSchema).type = ['string', 'number'];
        // `text` trims before checking `min(1)`: a blank text is as empty as no text.
        const trims = (def.checks ?? []).some((c) => c._zod.def.check === 'overwrite');
        if (trims && jsonSchema.minLength === 1 && jsonSchema.pattern === undefined) jsonSchema.pattern = '\\S';
      }
    },
  });
  const { $schema: _, ...rest } = json;
  return prune(rest) as JsonSchema;
}

/** Removes NEVER from every `anyOf`, and a union left with one member becomes that member. */
function prune(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(prune);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = prune(v);
  if (Array.isArray(out.anyOf)) {
    const kept = out.anyOf.filter((s) => JSON.stringify(s) !== JSON.stringify(NEVER));
    if (kept.length === 1) {
      delete out.anyOf;
      return { ...out, ...(kept[0] as object) };
    }
    out.anyOf = kept;
  }
  return out;
}

/** The JSON Schema of one data file, whole. */
export function dataFileJsonSchema(entry: (typeof DATA_YAML_FILES)[number]): JsonSchema {
  const head = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: `data/${entry.file}`,
    description: `Generated from ${entry.name} in src/data/schemas.ts by \`npm run data:schema\`; do not edit. The rules across fields and files are checked by \`npm run data:check\` (data/README.md).`,
  };
  if (!entry.keyed) return { ...head, ...entrySchema(entry.schema) };
  const keyPattern = z.toJSONSchema(key).pattern ?? '';
  return {
    ...head,
    // A mapping from kebab-case keys to entries; an empty file is valid (no entries).
    type: ['object', 'null'],
    propertyNames: { pattern: keyPattern },
    additionalProperties: { $ref: '#/$defs/entry' },
    $defs: { entry: entrySchema(entry.schema) },
  };
}

/** Every schema file's name and text, as `npm run data:schema` writes it. */
export function dataJsonSchemaFiles(): Map<string, string> {
  return new Map(DATA_YAML_FILES.map((entry) => [schemaFileName(entry.file), `${JSON.stringify(dataFileJsonSchema(entry), null, 2)}\n`]));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = path.resolve(SCHEMA_DIR);
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of dataJsonSchemaFiles()) {
    writeFileSync(path.join(dir, name), text);
    console.log(`wrote ${path.join(SCHEMA_DIR, name)}`);
  }
}

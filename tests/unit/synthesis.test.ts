/**
 * Where a pooled trial's counts come from (src/stats/synthesis.ts), case by case: the headline
 * row's own counts, else the one participants-employed row of the same group and time, and a
 * readable problem for everything else. The malformed corpus covers the end-to-end message
 * (tests/fixtures/malformed/synthesis-without-counts).
 */
import { describe, expect, it } from 'vitest';
import type { Figure, Study } from '../../src/data/schemas.ts';
import { armsOf, resolveArm } from '../../src/stats/synthesis.ts';

const row = (fields: Partial<Figure> & Pick<Figure, 'id' | 'measure' | 'group' | 'value' | 'unit'>): Figure => ({
  study: 's',
  timepoint: '18 months',
  source: 'src',
  locator: 'Abstract',
  locator_nb: undefined,
  note_nb: undefined,
  status: 'published',
  topic: 'evidence-base',
  decimals: 0,
  origin: { file: 'data/figures/evidence-base.csv', line: 2 },
  comparator: undefined,
  numerator: undefined,
  denominator: undefined,
  ci_low: undefined,
  ci_high: undefined,
  p_value: undefined,
  formula: undefined,
  note: undefined,
  ...fields,
});

const rateIps = row({ id: 's-rate-ips', measure: 'competitive-employment', group: 'ips', value: 55, unit: 'percent' });
const rateControl = row({ id: 's-rate-control', measure: 'competitive-employment', group: 'control', value: 28, unit: 'percent' });
const countIps = row({ id: 's-count-ips', measure: 'participants-employed', group: 'ips', value: 85, unit: 'persons', numerator: 85, denominator: 156 });
const countControl = row({
  id: 's-count-control',
  measure: 'participants-employed',
  group: 'control',
  value: 43,
  unit: 'persons',
  numerator: 43,
  denominator: 156,
});

const study = (fields: Partial<Study> = {}): Study => ({
  key: 's',
  kind: 'rct',
  topic: 'evidence-base',
  name: 'S',
  year: 2007,
  sources: ['src'],
  headline: { intervention: rateIps.id, control: rateControl.id },
  synthesis: { pool: 'ips', population: 'smi', comparator: 'active', region: 'outside-us' },
  ...fields,
});

const byId = (rows: Figure[]) => (id: string) => rows.find((f) => f.id === id);

describe('resolveArm', () => {
  it('takes the headline row when it has counts', () => {
    const headline = { ...rateIps, numerator: 85, denominator: 156 };
    const r = resolveArm(headline, [headline], 'IPS');
    expect(r).toEqual({ ok: true, arm: { counts: { events: 85, total: 156 }, headline, countRow: headline } });
  });
  it('else the participants-employed row of the same group and time point', () => {
    const r = resolveArm(rateIps, [rateIps, countIps, countControl], 'IPS');
    expect(r.ok && r.arm.countRow.id).toBe('s-count-ips');
  });
  it('does not take a count from another time point', () => {
    const r = resolveArm(rateIps, [{ ...countIps, timepoint: '12 months' }], 'IPS');
    expect(r).toMatchObject({ ok: false, found: 'no counts on the headline row and no such row' });
    expect(!r.ok && r.expected).toMatch(/group "ips", timepoint "18 months"/);
  });
  it('names two candidate rows, or a row without counts', () => {
    expect(resolveArm(rateIps, [countIps, { ...countIps, id: 's-count-ips-2' }], 'IPS')).toMatchObject({
      ok: false,
      found: '2 such rows (s-count-ips, s-count-ips-2)',
    });
    expect(resolveArm(rateIps, [{ ...countIps, numerator: undefined, denominator: undefined }], 'IPS')).toMatchObject({
      ok: false,
      found: 'row "s-count-ips" without numerator and denominator',
    });
  });
});

describe('armsOf', () => {
  const all = [rateIps, rateControl, countIps, countControl];
  it('gives both arms of a complete trial', () => {
    const r = armsOf(study(), byId(all), () => all);
    expect(r.ok && [r.ips.counts, r.control.counts]).toEqual([
      { events: 85, total: 156 },
      { events: 43, total: 156 },
    ]);
  });
  it('reports the field at fault: kind, year, headline, the control arm', () => {
    expect(armsOf(study({ kind: 'meta-analysis' }), byId(all), () => all)).toMatchObject({ ok: false, field: 'synthesis', found: 'kind "meta-analysis"' });
    expect(armsOf(study({ year: undefined }), byId(all), () => all)).toMatchObject({ ok: false, field: 'year' });
    expect(armsOf(study({ headline: undefined }), byId(all), () => all)).toMatchObject({ ok: false, field: 'headline' });
    const noControl = [rateIps, rateControl, countIps];
    const r = armsOf(study(), byId(noControl), () => noControl);
    expect(r).toMatchObject({ ok: false, field: 'synthesis' });
    expect(!r.ok && r.expected).toMatch(/^counts for the control arm/);
  });
});

/**
 * The IPS evidence base over time: how many randomised trials the developers' summaries
 * counted, and the average competitive employment they state for IPS and for the comparison
 * groups, from Bond et al. 2008 to the IPS Employment Center in 2023, with the talk's version.
 */
import * as Plot from '@observablehq/plot';
import type { Evidence } from '../data/load.ts';
import type { Figure, Source } from '../data/schemas.ts';
import { figure, figuresWhere, shortCitation, source, study, theFigure } from '../data/evidence.ts';
import { formatNumber, formatPercent, formatPoints, statusLabel } from '../i18n/format.ts';
import { LOCALE, t, type Lang, inLang, messages } from '../i18n/index.ts';
import { differenceOfPercentages } from '../stats/stats.ts';
import { palette } from '../styles/palette.ts';
import type { ChartSpec, DataTable } from './spec.ts';
import { CHART_STYLE, CHART_WIDTH, percentAxis, valueAxis } from './frame.ts';

/**
 * The summaries by the IPS developers (Bond, Drake, Becker; the IPS Employment Center) and the
 * talk's version of their chart. Other reviews count trials by other rules, so their counts
 * are in the meta-analyses chart instead.
 */
export const SNAPSHOTS = ['bond-2008', 'bond-2012', 'bond-slides-2015', 'reme-talk-evidence', 'bond-slides-2018', 'ipsworks-2023'] as const;

/** The published count the talk's undated version is checked against. */
const TALK_CHECK = 'evidence-rct-count-reme-2019';
const DISCREPANCY = 'evidence-base-summaries';

const words = (lang: Lang) => messages(lang).charts.evidenceOverTime;

interface Snapshot {
  key: string;
  label: string;
  /** The label without the count, for notes. */
  name: string;
  src: Source;
  /** ISO date or year of the source, when it has one. */
  when?: string;
  count: Figure;
  ips?: Figure;
  control?: Figure;
  /** IPS-arm rates that are not an overall average (Bond et al. 2012: US and non-US studies). */
  partial: Figure[];
  talk: boolean;
}

const ROW_HEIGHT = 66;

function when(src: Source): string | undefined {
  return src.date ?? (src.year !== undefined ? String(src.year) : undefined);
}

function formatWhen(w: string | undefined, lang: Lang): string {
  if (!w) return words(lang).undated;
  if (/^\d{4}$/.test(w)) return w;
  return new Intl.DateTimeFormat(LOCALE[lang], { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${w}T00:00:00Z`));
}

/** Dated summaries in date order; an undated one goes after the last dated one with no more trials. */
export function orderSnapshots<T extends { when?: string; count: { value: number } }>(items: readonly T[]): T[] {
  const dated = items.filter((s) => s.when).sort((a, b) => a.when!.localeCompare(b.when!));
  for (const u of items.filter((s) => !s.when)) {
    let at = 0;
    dated.forEach((d, i) => {
      if (d.when && d.count.value <= u.count.value) at = i + 1;
    });
    dated.splice(at, 0, u);
  }
  return dated;
}

export function snapshots(e: Evidence, lang: Lang): Snapshot[] {
  const s = words(lang);
  const items = SNAPSHOTS.map((key): Snapshot => {
    const st = study(e, key);
    const count = theFigure(e, { study: key, measure: 'rct-count', group: 'all' });
    const src = source(e, count.source);
    const mean = (group: string) => figuresWhere(e, { study: st.key, measure: 'mean-competitive-employment', group })[0];
    const talk = src.kind === 'talk';
    const name = talk ? s.talk : `${shortCitation(src, lang)}${src.kind === 'slides' ? ` ${s.slides}` : ''}`;
    const ips = mean('ips');
    const control = mean('control');
    return {
      key,
      name,
      label: `${name} · ${s.rcts(formatNumber(count.value, lang, count.decimals))}`,
      src,
      ...(when(src) ? { when: when(src)! } : {}),
      count,
      ...(ips ? { ips } : {}),
      ...(control ? { control } : {}),
      partial: ips ? [] : figuresWhere(e, { study: st.key, measure: 'mean-competitive-employment' }),
      talk,
    };
  });
  return orderSnapshots(items);
}

interface Point {
  row: string;
  arm: 'intervention' | 'control';
  f: Figure;
  name: string;
  hollow: boolean;
  low: boolean;
}

function meansPlot(rows: readonly Snapshot[], lang: Lang): Plot.PlotOptions {
  const s = words(lang);
  const both = rows.filter((r) => r.ips && r.control);
  const points: Point[] = both.flatMap((r) => [
    { row: r.label, arm: 'control', f: r.control!, name: t(lang, 'control'), hollow: r.talk, low: r.control!.value <= r.ips!.value },
    { row: r.label, arm: 'intervention', f: r.ips!, name: t(lang, 'ips'), hollow: r.talk, low: r.ips!.value < r.control!.value },
  ]);
  const pct = (p: Point) => formatPercent(p.f.value, lang, p.f.decimals);
  const valueLabel = (low: boolean): Plot.Markish =>
    Plot.text(
      points.filter((p) => p.low === low),
      { x: (p: Point) => p.f.value, y: 'row', text: pct, dx: low ? -12 : 12, textAnchor: low ? 'end' : 'start', fill: 'currentColor', fontWeight: 600 },
    );
  return {
    width: CHART_WIDTH,
    height: rows.length * ROW_HEIGHT + 64,
    marginLeft: 44,
    marginRight: 52,
    marginTop: 30,
    marginBottom: 48,
    style: CHART_STYLE,
    x: percentAxis(s.axisMeans, lang),
    y: { domain: rows.map((r) => r.label), axis: null, padding: 0.6 },
    marks: [
      Plot.text(rows, { frameAnchor: 'left', y: 'label', text: 'label', dy: -22, dx: -40, textAnchor: 'start', fill: 'currentColor', fontWeight: 600 }),
      Plot.text(
        rows.filter((r) => !(r.ips && r.control)),
        {
          x: 50,
          y: 'label',
          text: (r: Snapshot) => (r.partial.length ? s.noOverall : s.notShown),
          fill: 'currentColor',
          fontStyle: 'italic',
          title: (r: Snapshot) => `${r.label}: ${r.partial.length ? s.noOverall : s.notShown}`,
        },
      ),
      // The talk's version is drawn hollow and dashed, so it never passes for a sourced summary.
      ...[false, true].map((talk) =>
        Plot.link(
          both.filter((r) => r.talk === talk),
          {
            x1: (r: Snapshot) => r.control!.value,
            x2: (r: Snapshot) => r.ips!.value,
            y1: 'label',
            y2: 'label',
            stroke: palette.neutral,
            strokeWidth: 4,
            strokeOpacity: 0.7,
            ...(talk ? { strokeDasharray: '5 4' } : {}),
          },
        ),
      ),
      Plot.dot(points, {
        x: (p: Point) => p.f.value,
        y: 'row',
        r: 7,
        fill: (p: Point) => (p.hollow ? 'none' : palette[p.arm]),
        stroke: (p: Point) => (p.hollow ? palette[p.arm] : 'white'),
        strokeWidth: (p: Point) => (p.hollow ? 3 : 1.5),
        title: (p: Point) => `${p.row} · ${p.name}: ${pct(p)} (${statusLabel(p.f.status, lang)})`,
      }),
      valueLabel(true),
      valueLabel(false),
    ],
  };
}

function countPlot(rows: readonly Snapshot[], lang: Lang): Plot.PlotOptions {
  const s = words(lang);
  const max = Math.max(...rows.map((r) => r.count.value));
  const top = Math.ceil(max / 10) * 10;
  const n = (r: Snapshot) => formatNumber(r.count.value, lang, r.count.decimals);
  return {
    width: CHART_WIDTH,
    height: rows.length * ROW_HEIGHT + 64,
    marginLeft: 44,
    marginRight: 52,
    marginTop: 30,
    marginBottom: 48,
    style: CHART_STYLE,
    x: valueAxis(s.axisCount, { domain: [0, top], tickFormat: (d: number) => formatNumber(d, lang, 0), ticks: top / 10 + 1 }),
    y: { domain: rows.map((r) => r.label), axis: null, padding: 0.6 },
    marks: [
      Plot.text(rows, {
        frameAnchor: 'left',
        y: 'label',
        text: (r: Snapshot) => r.name,
        dy: -24,
        dx: -40,
        textAnchor: 'start',
        fill: 'currentColor',
        fontWeight: 600,
      }),
      ...[false, true].map((talk) =>
        Plot.barX(
          rows.filter((r) => r.talk === talk),
          {
            x: (r: Snapshot) => r.count.value,
            y: 'label',
            fill: talk ? 'none' : palette.neutral,
            stroke: palette.neutral,
            strokeWidth: talk ? 3 : 0,
            ...(talk ? { strokeDasharray: '5 4' } : {}),
            title: (r: Snapshot) => `${r.name} · ${s.axisCount}: ${n(r)} (${statusLabel(r.count.status, lang)})`,
          },
        ),
      ),
      Plot.text(rows, { x: (r: Snapshot) => r.count.value, y: 'label', text: n, dx: 8, textAnchor: 'start', fill: 'currentColor', fontWeight: 600 }),
      Plot.ruleX([0], { stroke: 'currentColor' }),
    ],
  };
}

function table(e: Evidence, rows: readonly Snapshot[], lang: Lang): DataTable {
  const s = words(lang);
  const pct = (f: Figure) => formatPercent(f.value, lang, f.decimals);
  return {
    columns: [
      { label: s.columns.summary },
      { label: s.columns.date },
      { label: s.columns.rcts, numeric: true },
      { label: t(lang, 'ips'), numeric: true },
      { label: t(lang, 'control'), numeric: true },
      { label: t(lang, 'difference'), numeric: true },
      { label: s.columns.status },
      { label: t(lang, 'source') },
    ],
    rows: rows.map((r) => {
      const diff = r.ips && r.control ? differenceOfPercentages(r.ips.value, r.control.value) : undefined;
      const partial =
        r.partial.length === 2 ? s.usNonUs(...(r.partial.map(pct) as [string, string])) : r.partial.map((f) => `${pct(f)} (${f.group})`).join(', ');
      return [
        { text: r.name },
        { text: formatWhen(r.when, lang) },
        { text: formatNumber(r.count.value, lang, r.count.decimals), figure: r.count },
        r.ips ? { text: pct(r.ips), figure: r.ips } : r.partial.length ? { text: partial, figure: r.partial[0]! } : { text: '—' },
        r.control ? { text: pct(r.control), figure: r.control } : { text: '—' },
        diff
          ? { text: formatPoints(diff.estimate, lang, Math.max(r.ips!.decimals, r.control!.decimals)), derived: `${r.ips!.id} − ${r.control!.id}` }
          : { text: '—' },
        { text: statusLabel(r.count.status, lang) },
        { text: shortCitation(source(e, r.count.source), lang) },
      ];
    }),
  };
}

export function evidenceOverTime(e: Evidence, lang: Lang): ChartSpec {
  const s = words(lang);
  const rows = snapshots(e, lang);
  const withMeans = rows.filter((r) => r.ips && r.control);
  const [first, last] = [withMeans[0]!, withMeans[withMeans.length - 1]!];
  const n = (f: Figure) => formatNumber(f.value, lang, f.decimals);
  const pct = (f: Figure) => formatPercent(f.value, lang, f.decimals);
  const year = (r: Snapshot) => r.when!.slice(0, 4);
  const summary = s.summary(
    n(rows[0]!.count),
    year(rows[0]!),
    n(rows[rows.length - 1]!.count),
    year(rows[rows.length - 1]!),
    pct(first.ips!),
    pct(first.control!),
    pct(last.ips!),
    pct(last.control!),
  );

  const notes: string[] = [];
  const check = figure(e, TALK_CHECK);
  rows.forEach((r, i) => {
    if (r.when) return;
    const before = rows[i - 1];
    const after = rows[i + 1];
    if (before && after) notes.push(s.placed(r.name, before.name, after.name));
  });
  notes.push(s.check(n(check), shortCitation(source(e, check.source), lang)));
  const d = e.discrepancies.get(DISCREPANCY);
  if (d) notes.push(inLang(d, 'note', lang));
  if (rows.some((r) => r.talk)) notes.push(s.hollow);
  for (const r of rows) {
    const own = [
      ...new Set(
        [r.ips && inLang(r.ips, 'note', lang), r.control && inLang(r.control, 'note', lang), inLang(r.count, 'note', lang)].flatMap((x) => (x ? [x] : [])),
      ),
    ];
    if (own.length && !r.talk) notes.push(`${r.name}: ${own.join('; ')}.`);
  }

  const tbl = table(e, rows, lang);
  const figures = [...new Set([...rows.flatMap((r) => [r.count, ...(r.ips ? [r.ips] : []), ...(r.control ? [r.control] : []), ...r.partial]), check])];
  return {
    id: 'evidence-over-time',
    lang,
    title: s.title,
    summary,
    legend: [
      { key: 'intervention', label: t(lang, 'ips') },
      { key: 'control', label: t(lang, 'control') },
    ],
    views: [
      { id: 'averages', label: s.means, plot: meansPlot(rows, lang), table: tbl },
      { id: 'trials', label: s.count, plot: countPlot(rows, lang), table: tbl },
    ],
    figures,
    derivations: [s.derivation],
    notes,
  };
}

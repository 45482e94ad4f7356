/**
 * Who took part in the Norwegian IPS trial: severe against moderate mental illness, from the
 * principal investigator's slide deck (psychiatric screening of 300 participants; not
 * peer-reviewed), which the talk repeats without a base; and the most frequent diagnoses on the
 * same slide, which overlap.
 */
import * as Plot from '@observablehq/plot';
import type { Evidence } from '../data/load.ts';
import type { Figure } from '../data/schemas.ts';
import { figure, shortCitation, source } from '../data/evidence.ts';
import { formatNumber, formatPercent, statusLabel } from '../i18n/format.ts';
import { inLang, t, type Lang, messages } from '../i18n/index.ts';
import { palette, type PaletteKey } from '../styles/palette.ts';
import { measureLabel } from './measure-label.ts';
import { rowsFrame, shareBarMarks } from './shapes/labelled-rows.ts';
import type { ChartSpec } from './spec.ts';
import { CHART_STYLE, CHART_WIDTH, percentAxis } from './frame.ts';

const SPLIT = [
  { id: 'norway-share-severe', talk: 'norway-share-severe-talk', part: 'severe', key: 'groupB' },
  { id: 'norway-share-moderate', talk: 'norway-share-moderate-talk', part: 'moderate', key: 'groupA' },
] as const satisfies ReadonlyArray<{ id: string; talk: string; part: string; key: PaletteKey }>;
const DIAGNOSES = ['norway-share-major-depressive-episode', 'norway-share-anxiety-disorders', 'norway-share-psychotic-disorders'] as const;
const BASE = 'norway-participants-screened';
const ALL = 'norway-participants-randomised';

const words = (lang: Lang) => messages(lang).charts.norwayDiagnoses;

interface Segment {
  part: 'severe' | 'moderate';
  key: PaletteKey;
  f: Figure;
  talk: Figure;
  x1: number;
  x2: number;
}

export function norwayDiagnoses(e: Evidence, lang: Lang): ChartSpec {
  const s = words(lang);
  const base = figure(e, BASE);
  const all = figure(e, ALL);
  const n = (f: Figure) => formatNumber(f.value, lang, f.decimals);
  const pct = (f: Figure) => formatPercent(f.value, lang, f.decimals);
  const cite = (f: Figure) => shortCitation(source(e, f.source), lang);
  let x = 0;
  const segments: Segment[] = SPLIT.map((p) => {
    const f = figure(e, p.id);
    const seg = { part: p.part, key: p.key, f, talk: figure(e, p.talk), x1: x, x2: x + f.value };
    x += f.value;
    return seg;
  });
  const row = s.row(`n = ${n(base)}`, n(all));
  const sourceLine = s.sourceLine(statusLabel(base.status, lang));

  const splitPlot: Plot.PlotOptions = {
    width: CHART_WIDTH,
    height: 84 + 40 + 56,
    marginLeft: 20,
    marginRight: 24,
    marginTop: 84,
    marginBottom: 56,
    style: CHART_STYLE,
    x: percentAxis(s.axis, lang, { grid: false }),
    y: { domain: [row], axis: null, padding: 0.05 },
    marks: [
      Plot.barX(segments, {
        x1: 'x1',
        x2: 'x2',
        y: () => row,
        fill: (d: Segment) => palette[d.key],
        stroke: 'white',
        strokeWidth: 1.5,
        title: (d: Segment) => `${row} · ${s.parts[d.part].long}: ${pct(d.f)} (${sourceLine})`,
      }),
      // What the bar is, where it comes from and its status, above it; then each part's name and share.
      Plot.text([row], { frameAnchor: 'top-left', text: (d: string) => d, dy: -72, dx: -4, textAnchor: 'start', fill: 'currentColor', fontWeight: 600 }),
      Plot.text([sourceLine], { frameAnchor: 'top-left', text: (d: string) => d, dy: -50, dx: -4, textAnchor: 'start', fill: 'currentColor' }),
      Plot.text(segments, {
        x: 'x1',
        frameAnchor: 'top',
        text: (d: Segment) => `${s.parts[d.part].label} ${pct(d.f)}`,
        dy: -16,
        dx: 2,
        textAnchor: 'start',
        fill: 'currentColor',
        fontWeight: 600,
      }),
    ],
  };

  const diagnoses = DIAGNOSES.map((id) => ({ id, f: figure(e, id), label: s.diagnoses[id] })).sort((a, b) => b.f.value - a.f.value);
  const diagnosesPlot: Plot.PlotOptions = {
    ...rowsFrame({ labels: diagnoses.map((d) => d.label), rowStep: 60, padding: 0.5, marginTop: 70, marginBottom: 56, x: percentAxis(s.axis, lang) }),
    marks: [
      Plot.text([row], { frameAnchor: 'top-left', text: (d: string) => d, dy: -62, dx: -4, textAnchor: 'start', fill: 'currentColor', fontWeight: 600 }),
      Plot.text([sourceLine], { frameAnchor: 'top-left', text: (d: string) => d, dy: -40, dx: -4, textAnchor: 'start', fill: 'currentColor' }),
      ...shareBarMarks(diagnoses, { fill: 'neutral', title: (d) => `${d.label} · ${row}: ${pct(d.f)} (${sourceLine})`, value: (d) => pct(d.f) }),
    ],
  };

  const [severe, moderate] = segments as [Segment, Segment];
  const same = segments.every((d) => d.talk.value === d.f.value);
  return {
    id: 'norway-diagnoses',
    lang,
    title: s.title,
    summary: s.summary(n(base), n(all), pct(severe.f), pct(moderate.f), same, s.parts.severe.phrase, s.parts.moderate.phrase),
    legend: segments.map((d) => ({ key: d.key, label: s.parts[d.part].long })),
    views: [
      {
        id: 'split',
        label: s.viewSplit,
        plot: splitPlot,
        table: {
          columns: [{ label: s.group }, { label: `${s.slidesCol}`, numeric: true }, { label: s.talkCol, numeric: true }, { label: t(lang, 'source') }],
          rows: [
            ...segments.map((d) => [
              { text: s.parts[d.part].long },
              { text: pct(d.f), figure: d.f },
              { text: pct(d.talk), figure: d.talk },
              { text: `${cite(d.f)}; ${cite(d.talk)}` },
            ]),
            [{ text: s.base }, { text: n(base), figure: base }, { text: '–' }, { text: cite(base) }],
            [{ text: measureLabel(e, all.measure, lang) }, { text: n(all), figure: all }, { text: '–' }, { text: cite(all) }],
          ],
        },
      },
      {
        id: 'diagnoses',
        label: s.viewDiagnoses,
        plot: diagnosesPlot,
        table: {
          columns: [{ label: s.group }, { label: s.slidesCol, numeric: true }, { label: t(lang, 'source') }],
          rows: diagnoses.map((d) => [{ text: d.label }, { text: pct(d.f), figure: d.f }, { text: cite(d.f) }]),
        },
      },
    ],
    figures: [...segments.flatMap((d) => [d.f, d.talk]), base, all, ...diagnoses.map((d) => d.f)],
    derivations: [],
    notes: [...new Set([inLang(severe.f, 'note', lang), inLang(severe.talk, 'note', lang)].filter((x): x is string => Boolean(x)))]
      .map((x) => `${x.charAt(0).toUpperCase()}${x.slice(1)}.`)
      .concat(s.overlap),
  };
}

/**
 * Who the SEED participants were: the published baseline profile (Sveinsdottir et al. 2018,
 * BMC Public Health), as horizontal bars sorted by share. Never the talk's preliminary baseline
 * slide, which is marked "do not cite or distribute" and is not in the data.
 */
import * as Plot from '@observablehq/plot';
import type { Evidence } from '../data/load.ts';
import type { Figure } from '../data/schemas.ts';
import { figure, shortCitation, source } from '../data/evidence.ts';
import { formatFigure, formatPercent, statusLabel } from '../i18n/format.ts';
import { LOCALE, inLang, t, type Lang, messages } from '../i18n/index.ts';
import type { ChartSpec } from './spec.ts';
import { percentAxis } from './frame.ts';
import { rowsFrame, shareBarMarks } from './shapes/labelled-rows.ts';

/** The baseline shares the chart draws (figure ids); their names are messages (charts.seedBaseline.shares). */
const SHARE_IDS = [
  'seed-baseline-share-men',
  'seed-baseline-share-bullied',
  'seed-baseline-share-hazardous-alcohol-use',
  'seed-baseline-share-psychological-distress',
  'seed-baseline-share-less-than-high-school',
  'seed-baseline-share-violence',
  'seed-baseline-share-reading-writing-difficulties',
] as const;
type ShareId = (typeof SHARE_IDS)[number];
const MEN: ShareId = 'seed-baseline-share-men';

const words = (lang: Lang) => messages(lang).charts.seedBaseline;

/** Vertical room per bar: the bar, and its name on a line above it. */
const ROW_STEP = 56;

interface Row {
  f: Figure;
  label: string;
}

export function seedBaseline(e: Evidence, lang: Lang): ChartSpec {
  const s = words(lang);
  const n = figure(e, 'seed-participants-randomised');
  const age = figure(e, 'seed-baseline-mean-age');
  const pct = (f: Figure) => formatPercent(f.value, lang, f.decimals);
  const collator = new Intl.Collator(LOCALE[lang]);
  const rows: Row[] = SHARE_IDS.map((id) => ({ f: figure(e, id), label: s.shares[id].label })).sort(
    (a, b) => b.f.value - a.f.value || collator.compare(a.label, b.label),
  );
  const burdens = rows.filter((r) => r.f.id !== MEN).slice(0, 3);
  const phrase = (f: Figure) => `${s.shares[f.id as ShareId].phrase} (${pct(f)})`;
  const men = figure(e, MEN);
  const menText = s.men(pct(men));
  const valueLabel = (r: Row) => (r.f.status === 'published' ? pct(r.f) : `${pct(r.f)} · ${statusLabel(r.f.status, lang)}`);
  const title = (r: Row) => `${r.label} · ${s.legend(formatFigure(n, lang))}: ${valueLabel(r)}`;

  const plot: Plot.PlotOptions = {
    ...rowsFrame({
      labels: rows.map((r) => r.label),
      rowStep: ROW_STEP,
      padding: 0.5,
      marginTop: 24,
      marginBottom: 56,
      marginRight: 40,
      x: percentAxis(s.axis, lang),
    }),
    // A share not from a peer-reviewed paper says so beside its value, not only in the table.
    marks: shareBarMarks(rows, { fill: 'groupA', title, value: valueLabel }),
  };

  const cite = (f: Figure) => shortCitation(source(e, f.source), lang);
  return {
    id: 'seed-baseline',
    lang,
    title: s.title,
    summary: s.summary(
      formatFigure(n, lang),
      formatFigure(age, lang),
      menText,
      burdens.map((r) => phrase(r.f)),
    ),
    legend: [{ key: 'groupA', label: s.legend(formatFigure(n, lang)) }],
    views: [
      {
        id: 'shares',
        label: messages(lang).chartCommon.views.shares,
        plot,
        table: {
          columns: [{ label: s.characteristic }, { label: t(lang, 'value'), numeric: true }, { label: t(lang, 'source') }],
          rows: [
            [{ text: s.participants }, { text: formatFigure(n, lang), figure: n }, { text: cite(n) }],
            [{ text: s.meanAge }, { text: formatFigure(age, lang), figure: age }, { text: cite(age) }],
            ...rows.map((r) => [{ text: r.label }, { text: pct(r.f), figure: r.f }, { text: cite(r.f) }]),
          ],
        },
      },
    ],
    figures: [n, age, ...rows.map((r) => r.f)],
    derivations: [],
    notes: rows.filter((r) => r.f.status !== 'published' && r.f.note).map((r) => `${r.label}: ${inLang(r.f, 'note', lang)}.`),
  };
}

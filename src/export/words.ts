/**
 * The words printed around a chart in a download, in the chart's language: title, summary,
 * legend, the source line and "IPS Evidence · data version · address".
 */
import type { ChartSpec } from '../charts/spec.ts';
import type { Evidence } from '../data/load.ts';
import { shortCitation, sourcesOf } from '../data/evidence.ts';
import { messages, t } from '../i18n/index.ts';
import { shortUrl } from './qr.ts';
import { palette } from '../styles/tokens.ts';
import type { ExportFormat } from './formats.ts';

export interface ExportInput {
  spec: ChartSpec;
  evidence: Evidence;
  /** Absolute address of the page that shows the chart (printed in the footer). */
  url: string;
  /**
   * The address a slide's QR code opens and its footer prints (the embed pinned to this data
   * version, src/export/qr.ts); `url` when absent.
   */
  link?: string;
}

/** The words around the chart, in its language, for a format (fixed sizes print the short address). */
export function exportTexts(input: ExportInput, format?: ExportFormat) {
  const { spec, evidence, url } = input;
  const lang = spec.lang;
  const all = [...new Set(sourcesOf(evidence, spec.figures).map((s) => shortCitation(s, lang)))];
  const max = format?.maxSources ?? Infinity;
  const rest = all.length - max;
  const cites = rest > 0 ? [...all.slice(0, max), messages(lang).exportImage.moreSources(rest)] : all;
  const address = format?.height === undefined ? url : shortUrl(input.link ?? url);
  return {
    title: spec.title,
    summary: spec.summary,
    legend: spec.legend.map((l) => ({ colour: palette[l.key], label: l.label })),
    source: cites.length ? `${t(lang, 'sources')}: ${rest > 0 ? cites.slice(0, -1).join('; ') + ' ' + cites.at(-1) : cites.join('; ')}` : '',
    footer: `${t(lang, 'siteName')} · ${t(lang, 'dataVersion').toLowerCase()} ${evidence.release.version} · ${address}`,
    /** What the QR code opens. */
    link: input.link ?? url,
  };
}

export type Words = ReturnType<typeof exportTexts>;

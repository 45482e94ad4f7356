/**
 * Addresses and copy-paste code for embedding a chart elsewhere, from a chart's spec: the build's
 * glue around the pure snippet code in embed-snippet.ts, so the chart page, the embed page's
 * oEmbed link and the oEmbed answer all produce the same snippet.
 */
import type { ChartSpec } from '../charts/spec.ts';
import type { Evidence } from '../data/load.ts';
import { sourceLine } from '../data/evidence.ts';
import { statusLabel } from '../i18n/format.ts';
import { messages, t, type Lang } from '../i18n/index.ts';
import {
  embedFrame,
  oembedResponse,
  resizeScriptTag,
  responsiveSnippet,
  slideSnippet,
  type EmbedFrame,
  type EmbedLayoutInput,
  type OEmbedRich,
} from './embed-snippet.ts';
import { DEFAULT_LANG, downloadPath, embedPath, langRoot, oembedPath, presentPath, sitePath } from './urls.ts';

/** The embed page's words, as the layout model needs them (the same strings EmbedPage.astro shows). */
export function embedLayoutInput(spec: ChartSpec, evidence: Evidence, lang: Lang): EmbedLayoutInput {
  const statuses = [...new Set(spec.figures.map((f) => f.status))].map((s) => statusLabel(s, lang));
  const sources = `${t(lang, 'sources')}: ${sourceLine(evidence, spec.figures, lang)} ${statuses.map((s) => `  ${s}`).join(' ')}`;
  const credit = `${t(lang, 'siteName')} · ${t(lang, 'dataVersion')} ${evidence.release.version}`;
  return {
    title: spec.title,
    summary: spec.summary,
    legend: spec.legend.map((l) => l.label),
    viewLabels: spec.views.length > 1 ? [messages(lang).embed.show, ...spec.views.map((v) => v.label)] : [],
    sources,
    credit,
    views: spec.views.map((v) => ({ width: v.plot.width, height: v.plot.height })),
  };
}

export interface EmbedInput {
  site: URL | undefined;
  base: string;
  spec: ChartSpec;
  evidence: Evidence;
  lang: Lang;
  /** Pin to a data version: the embed then keeps that version's numbers. */
  version?: string;
}

export interface EmbedCode {
  src: string;
  present: string;
  frame: EmbedFrame;
  /** The responsive snippet (an article column). */
  html: string;
  /** The 16:9 snippet (a slide). */
  slide: string;
  /** The optional resize script's tag. */
  script: string;
  oembed: string;
}

export function embedCode(input: EmbedInput): EmbedCode {
  const origin = input.site ? input.site.origin : '';
  const { spec, lang, base } = input;
  const src = `${origin}${embedPath(lang, spec.id, base, input.version)}`;
  const frame = embedFrame(embedLayoutInput(spec, input.evidence, lang));
  return {
    src,
    present: `${origin}${presentPath(lang, spec.id, base)}`,
    frame,
    html: responsiveSnippet({ src, title: spec.title, frame }),
    slide: slideSnippet({ src, title: spec.title }),
    script: resizeScriptTag(`${origin}${sitePath('embed-resize.js', base)}`),
    oembed: `${origin}${oembedPath(lang, spec.id, base, input.version)}`,
  };
}

/** The oEmbed answer for a chart (type "rich"), with its social card as the thumbnail. */
export function oembedFor(input: EmbedInput): OEmbedRich {
  const origin = input.site ? input.site.origin : '';
  const { spec, lang, base } = input;
  const code = embedCode(input);
  return oembedResponse({
    snippet: { src: code.src, title: spec.title, frame: code.frame },
    providerName: t(lang, 'siteName'),
    providerUrl: `${origin}${langRoot(lang, base)}`,
    thumbnail: { url: `${origin}${downloadPath(DEFAULT_LANG, spec.id, 'social-light', base)}`, width: 1200, height: 630 },
  });
}

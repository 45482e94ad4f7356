/**
 * PowerPoint files, built at build time with pptxgenjs (MIT): one per chart
 * (`/charts/<id>/<id>.pptx`) and one deck per topic (`/charts/decks/<topic>.pptx`), in the
 * page's language. They open in PowerPoint, Keynote, LibreOffice Impress and Google Slides.
 *
 * A slide: the title as the slide's title (real text: the outline view, search and screen
 * readers find it), the chart as a picture (summary, legend and plot, drawn like the slide
 * PNG, its type at least 9 pt, a tall chart on several slides), the sources and the data
 * version as text, a QR code to the chart pinned to this data version, and speaker notes
 * written from the chart's story steps.
 */
import PptxGenJS from 'pptxgenjs';
import type { ChartSpec } from '../charts/spec.ts';
import type { Evidence } from '../data/load.ts';
import type { Topic } from '../data/schemas.ts';
import { topicLabel as dataTopicLabel, topicsInOrder } from '../site/site-structure.ts';
import { sourceLine } from '../data/evidence.ts';
import { LOCALE, messages, t, type Lang } from '../i18n/index.ts';
import { renderPng, renderPngAsync } from './png.ts';
import { qrSvg, shortUrl } from './qr.ts';
import { FORMATS, standaloneParts, THEMES } from './standalone-svg.ts';
import type { ChartExport } from './files.ts';

/** The slide, in inches (16:9). Bands: title, picture, sources; they add up to the height. */
const SLIDE = { w: 10, h: 5.625 };
const MARGIN = 0.4;
const TITLE_H = 0.95;
const PICTURE_H = (SLIDE.w * FORMATS.deck.height) / FORMATS.deck.width;
const FOOT_H = SLIDE.h - TITLE_H - PICTURE_H;
const QR = 0.7;
/** Arial is on every machine that opens a .pptx (LibreOffice maps it to Liberation Sans). */
const FONT = 'Arial';
const hex = (c: string) => c.replace('#', '').toUpperCase();
const COLOURS = { text: hex(THEMES.light.text), muted: hex(THEMES.light.muted) };
const MASTER = 'IPS_CHART';

/** A topic's name in a language, from data/topics.yaml. */
export function topicLabel(evidence: Evidence, topic: Topic, lang: Lang): string {
  return dataTopicLabel(evidence, topic, lang);
}

/** The topics a chart belongs to: those of the figures it draws, in the order of topics.yaml. */
export function chartTopics(spec: ChartSpec, evidence: Evidence): Topic[] {
  return topicsInOrder(
    evidence,
    spec.figures.map((f) => f.topic),
  );
}

/** Speaker notes, in the chart's language: the summary, the story's steps, the sources, the link. */
export function speakerNotes(x: ChartExport, part: number, parts: number): string {
  const { spec, evidence } = x;
  const w = messages(spec.lang).slides;
  const steps = spec.steps ?? [];
  return [
    parts > 1 ? w.part(part + 1, parts) : '',
    spec.summary,
    steps.length ? [w.story, ...steps.map((s, i) => `${i + 1}. ${s.caption}`)].join('\n') : '',
    `${t(spec.lang, 'sources')}: ${sourceLine(evidence, spec.figures, spec.lang)}`,
    `${w.online} ${x.link ?? x.url}`,
  ]
    .filter(Boolean)
    .join('\n\n');
}

const pictures = new Map<string, Promise<Buffer[]>>();
/** The chart's pictures for slides (one per part), drawn once per build and shared by its decks. */
function chartPictures(x: ChartExport): Promise<Buffer[]> {
  const key = `${x.spec.id}|${x.spec.lang}|${x.evidence.release.version}|${x.url}`;
  let p = pictures.get(key);
  if (!p) {
    const input = { spec: x.spec, evidence: x.evidence, url: x.url, ...(x.link ? { link: x.link } : {}) };
    p = Promise.all(standaloneParts(input, FORMATS.deck, { theme: 'light', embedFont: false }).map(renderPngAsync));
    pictures.set(key, p);
  }
  return p;
}

const qrPngs = new Map<string, string>();
function qrPng(link: string): string {
  let data = qrPngs.get(link);
  if (!data) {
    const px = 264;
    data = `image/png;base64,${renderPng(`<svg xmlns="http://www.w3.org/2000/svg" width="${px}" height="${px}">${qrSvg(link, 0, 0, px)}</svg>`).toString('base64')}`;
    qrPngs.set(link, data);
  }
  return data;
}

function newDeck(lang: Lang, title: string): PptxGenJS {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_16x9';
  pptx.title = title;
  pptx.author = t(lang, 'siteName');
  pptx.company = t(lang, 'siteName');
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };
  pptx.defineSlideMaster({
    title: MASTER,
    background: { color: hex(THEMES.light.background) },
    objects: [
      {
        placeholder: {
          options: { name: 'title', type: 'title', x: MARGIN, y: 0.2, w: SLIDE.w - 2 * MARGIN, h: TITLE_H - 0.25 },
          text: '',
        },
      },
    ],
  });
  return pptx;
}

async function addChartSlides(pptx: PptxGenJS, x: ChartExport): Promise<number> {
  const { spec, evidence } = x;
  const lang = spec.lang;
  const link = x.link ?? x.url;
  const images = await chartPictures(x);
  const source = `${t(lang, 'sources')}: ${sourceLine(evidence, spec.figures, lang)}`;
  const footer = `${t(lang, 'siteName')} · ${t(lang, 'dataVersion').toLowerCase()} ${evidence.release.version} · ${shortUrl(link)}`;
  const text = { fontFace: FONT, lang: LOCALE[lang] };
  images.forEach((png, i) => {
    const slide = pptx.addSlide({ masterName: MASTER });
    const title = images.length > 1 ? `${spec.title} (${i + 1}/${images.length})` : spec.title;
    slide.addText(title, {
      ...text,
      placeholder: 'title',
      fontSize: 24,
      bold: true,
      color: COLOURS.text,
      align: 'left',
      valign: 'top',
      fit: 'shrink',
      margin: 0,
    });
    slide.addImage({
      data: `image/png;base64,${png.toString('base64')}`,
      x: 0,
      y: TITLE_H,
      w: SLIDE.w,
      h: PICTURE_H,
      altText: `${spec.title}. ${spec.summary}`,
    });
    const footTop = TITLE_H + PICTURE_H;
    slide.addText(
      [
        { text: source, options: { breakLine: true } },
        { text: footer, options: { hyperlink: { url: link } } },
      ],
      {
        ...text,
        x: MARGIN,
        y: footTop,
        w: SLIDE.w - 2 * MARGIN - QR - 0.2,
        h: FOOT_H - 0.1,
        fontSize: 10,
        color: COLOURS.muted,
        valign: 'bottom',
        fit: 'shrink',
        margin: 0,
        paraSpaceAfter: 2,
      },
    );
    slide.addImage({ data: qrPng(link), x: SLIDE.w - MARGIN - QR, y: SLIDE.h - QR - 0.08, w: QR, h: QR, altText: `QR: ${link}`, hyperlink: { url: link } });
    slide.addNotes(speakerNotes(x, i, images.length));
  });
  return images.length;
}

async function bytes(pptx: PptxGenJS): Promise<Uint8Array> {
  return new Uint8Array((await pptx.write({ outputType: 'nodebuffer', compression: false })) as Buffer);
}

/** One chart's slides (one, or one per part of a tall chart). */
export async function chartDeck(x: ChartExport): Promise<Uint8Array> {
  const pptx = newDeck(x.spec.lang, x.spec.title);
  await addChartSlides(pptx, x);
  return bytes(pptx);
}

/** A topic's deck: a title slide, then every chart that draws figures of the topic. */
export async function topicDeck(topic: Topic, lang: Lang, exports: readonly ChartExport[]): Promise<Uint8Array> {
  const first = exports[0];
  if (!first) throw new Error(`topicDeck: no chart draws figures of the topic "${topic}".`);
  const w = messages(lang).slides;
  const title = `${w.deckTitle(topicLabel(first.evidence, topic, lang))} · ${t(lang, 'siteName')}`;
  const pptx = newDeck(lang, title);
  const opening = pptx.addSlide({ masterName: MASTER });
  const text = { fontFace: FONT, lang: LOCALE[lang] };
  opening.addText(title, { ...text, placeholder: 'title', fontSize: 32, bold: true, color: COLOURS.text, align: 'left', valign: 'top', margin: 0 });
  const { version, date } = first.evidence.release;
  opening.addText(w.deckSubtitle(version, date), {
    ...text,
    x: MARGIN,
    y: 1.4,
    w: SLIDE.w - 2 * MARGIN,
    h: 0.8,
    fontSize: 18,
    color: COLOURS.muted,
    valign: 'top',
    margin: 0,
  });
  opening.addNotes(w.deckNotes);
  // Every chart's pictures drawn at once, on resvg's thread pool (they are kept for the build).
  await Promise.all(exports.map(chartPictures));
  for (const x of exports) await addChartSlides(pptx, x);
  return bytes(pptx);
}

/** How many slides a chart adds to a deck (for tests and the download list). */
export async function chartSlideCount(x: ChartExport): Promise<number> {
  return (await chartPictures(x)).length;
}

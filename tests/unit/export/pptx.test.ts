/**
 * PowerPoint files, opened in a real client.
 *
 * Thoroughly, for one chart deck (a tall chart, in Norwegian: several slides) and one topic
 * deck (English, with a chart that tells a story in steps): LibreOffice Impress opens each
 * (`soffice --headless --convert-to pdf`), the PDF has one page per slide and holds each
 * slide's title and source line as text (pdftotext), and `unzip` finds speaker notes for
 * every slide, written from the chart's summary and story steps.
 *
 * Structurally, for every other chart deck and topic deck in both languages (converting all
 * of them would take minutes): a valid zip with the parts a presentation needs, one slide and
 * one notes page per picture, the pictures PNG.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { charts, chartSpec, type ChartId } from '../../../src/charts/index.ts';
import { loadEvidence } from '../../../src/data/load.ts';
import { sourceLine } from '../../../src/data/evidence.ts';
import type { ChartExport } from '../../../src/export/files.ts';
import { chartDeck, chartSlideCount, chartTopics, topicDeck, topicLabel } from '../../../src/export/pptx.ts';
import { slideUrl } from '../../../src/site/urls.ts';
import type { Topic } from '../../../src/data/schemas.ts';
import { run, scratch } from './slide-tools.ts';

const evidence = loadEvidence();
const SITE = 'https://evidence.example.org';
const ids = Object.keys(charts) as ChartId[];
const exportOf = (id: ChartId, lang: 'en' | 'nb'): ChartExport => ({
  spec: chartSpec(id, evidence, lang),
  evidence,
  url: `${SITE}/page/#chart-${id}`,
  link: slideUrl(lang, id, evidence.release.version, SITE, '/'),
});
const topicCharts = (topic: Topic, lang: 'en' | 'nb') =>
  ids.filter((id) => chartTopics(chartSpec(id, evidence, lang), evidence).includes(topic)).map((id) => exportOf(id, lang));
const dir = scratch('pptx');

function write(name: string, bytes: Uint8Array): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

/** The entries of a zip, as unzip lists them. */
const entries = (file: string) => run('unzip', ['-Z1', file]).split('\n').filter(Boolean);
const slideCount = (names: string[]) => names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).length;
const notesCount = (names: string[]) => names.filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n)).length;
/** The words of every notes page, in slide order. */
const notesText = (file: string, count: number) =>
  Array.from({ length: count }, (_, i) =>
    run('unzip', ['-p', file, `ppt/notesSlides/notesSlide${i + 1}.xml`])
      .replace(/<\/a:p>/g, '\n')
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'"),
  );

/** LibreOffice opens the file and prints it to PDF; returns the PDF's pages as text. */
function openInImpress(file: string): string[] {
  const out = path.join(dir, `pdf-${path.basename(file, '.pptx')}`);
  run('soffice', [`-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', out, file], {
    timeout: 300_000,
  });
  const pdf = path.join(out, `${path.basename(file, '.pptx')}.pdf`);
  const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))?.[1]);
  return Array.from({ length: pages }, (_, i) => run('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', pdf, '-']));
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('PowerPoint files opened in LibreOffice Impress', { timeout: 600_000 }, () => {
  it('a tall chart in Norwegian: one page per part, each with its title, sources and notes from the chart', async () => {
    const x = exportOf('individual-trials', 'nb');
    const file = write('individual-trials-nb.pptx', await chartDeck(x));
    const parts = await chartSlideCount(x);
    expect(parts, 'a row per trial is too tall for one legible slide').toBeGreaterThan(1);
    const pages = openInImpress(file);
    expect(pages).toHaveLength(parts);
    const sources = `Kilder: ${sourceLine(evidence, x.spec.figures, 'nb')}`;
    pages.forEach((page, i) => {
      expect(squash(page)).toContain(`${x.spec.title} (${i + 1}/${parts})`);
      expect(squash(page)).toContain(squash(sources));
      expect(squash(page)).toContain(`dataversjon ${evidence.release.version}`);
    });
    const names = entries(file);
    expect(notesCount(names)).toBe(parts);
    notesText(file, parts).forEach((notes, i) => {
      expect(notes).toContain(`Del ${i + 1} av ${parts}`);
      expect(notes).toContain(x.spec.summary);
      expect(notes).toContain(x.link!);
    });
  });

  it('the Norwegian-trials deck in English: a title page, then every chart of the topic, notes from their story steps', async () => {
    const xs = topicCharts('norway', 'en');
    expect(xs.map((x) => x.spec.id)).toContain('trial-headlines');
    const file = write('norway-en.pptx', await topicDeck('norway', 'en', xs));
    const counts = await Promise.all(xs.map(chartSlideCount));
    const total = 1 + counts.reduce((a, b) => a + b, 0);
    const pages = openInImpress(file);
    expect(pages).toHaveLength(total);
    expect(squash(pages[0]!)).toContain(topicLabel(evidence, 'norway', 'en'));
    const notes = notesText(file, total);
    let page = 1;
    xs.forEach((x, k) => {
      for (let i = 0; i < counts[k]!; i++, page++) {
        expect(squash(pages[page]!)).toContain(x.spec.title);
        expect(squash(pages[page]!)).toContain(squash(`Sources: ${sourceLine(evidence, x.spec.figures, 'en')}`));
        expect(notes[page]).toContain(x.spec.summary);
        for (const [j, step] of (x.spec.steps ?? []).entries()) expect(notes[page]).toContain(`${j + 1}. ${step.caption}`);
      }
    });
  });
});

describe('every other PowerPoint file, structurally', { timeout: 600_000 }, () => {
  for (const lang of ['en', 'nb'] as const) {
    it(`${lang}: each chart's file has one slide, one notes page and one PNG per part`, async () => {
      for (const id of ids) {
        const x = exportOf(id, lang);
        const file = write(`${id}-${lang}.pptx`, await chartDeck(x));
        const names = entries(file);
        const parts = await chartSlideCount(x);
        expect(names, id).toContain('[Content_Types].xml');
        expect(names, id).toContain('ppt/presentation.xml');
        expect(slideCount(names), id).toBe(parts);
        expect(notesCount(names), id).toBe(parts);
        expect(names.filter((n) => /^ppt\/media\/.+\.png$/.test(n)).length, id).toBeGreaterThanOrEqual(parts);
        expect(notesText(file, parts).join('\n'), id).toContain(x.spec.summary);
      }
    });

    it(`${lang}: each topic's deck has a title slide and every chart of the topic`, async () => {
      const topics = [...new Set(ids.flatMap((id) => chartTopics(chartSpec(id, evidence, lang), evidence)))];
      expect(topics.length).toBeGreaterThan(3);
      for (const topic of topics) {
        const xs = topicCharts(topic, lang);
        const file = write(`${topic}-${lang}.pptx`, await topicDeck(topic, lang, xs));
        const counts = await Promise.all(xs.map(chartSlideCount));
        const names = entries(file);
        expect(slideCount(names), topic).toBe(1 + counts.reduce((a, b) => a + b, 0));
        expect(notesCount(names), topic).toBe(slideCount(names));
      }
    });
  }
});

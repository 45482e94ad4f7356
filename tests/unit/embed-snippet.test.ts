/**
 * The embed snippets and the frame size they ask for (src/site/embed-snippet.ts): the snippet is
 * plain HTML with no script and escapes what it quotes; the frame's aspect ratio leaves every
 * real chart its full drawing width at the narrow and the reference width, so its type stays
 * legible without any script; the oEmbed answer carries the responsive snippet; the embed page's
 * CSS uses the same breakpoint as the model.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { charts, chartSpec, type ChartId } from '../../src/charts/index.ts';
import { loadEvidence } from '../../src/data/load.ts';
import { embedCode, embedLayoutInput, oembedFor } from '../../src/site/embed.ts';
import {
  EMBED_NARROW_WIDTH,
  EMBED_REFERENCE_WIDTH,
  EMBED_SUMMARY_MIN_WIDTH,
  EMBED_TYPE,
  embedFrame,
  estimateLayout,
  oembedResponse,
  responsiveSnippet,
  slideSnippet,
  typeSize,
  type EmbedLayoutInput,
} from '../../src/site/embed-snippet.ts';

const evidence = loadEvidence();
const ids = Object.keys(charts) as ChartId[];

const sample: EmbedLayoutInput = {
  title: 'A chart',
  summary: 'What it shows, in one sentence.',
  legend: ['IPS', 'Comparison'],
  viewLabels: [],
  sources: 'Sources: Someone 2020   published',
  credit: 'IPS Evidence · Data version 1.0.0',
  views: [{ width: 420, height: 210 }],
};

describe('the snippets', () => {
  const frame = embedFrame(sample);
  it('responsive: an iframe with a title, lazy, its aspect ratio and max width, marked for the resize script', () => {
    const html = responsiveSnippet({ src: 'https://example.org/embed/x/', title: 'A chart', frame });
    expect(html).toBe(
      `<iframe src="https://example.org/embed/x/" title="A chart" loading="lazy" style="display:block;width:100%;max-width:${frame.maxWidth}px;aspect-ratio:${frame.width}/${frame.height};border:0" data-ips-embed></iframe>`,
    );
  });

  it('slide: 16:9, never taller than its slide, left alone by the resize script', () => {
    const html = slideSnippet({ src: 'https://example.org/embed/x/', title: 'A chart' });
    expect(html).toContain('aspect-ratio:16/9');
    expect(html).toContain('max-height:100%');
    expect(html).toContain('data-ips-embed="slide"');
  });

  it('escapes quotes and markup in what it quotes, and never carries a script', () => {
    const html = responsiveSnippet({ src: 'https://e.org/?a=1&b="2"', title: '"><script>alert(1)</script>', frame });
    expect(html).not.toContain('<script');
    expect(html).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(html).toContain('src="https://e.org/?a=1&amp;b=&quot;2&quot;"');
  });
});

describe('the frame size', () => {
  it('grows with the drawing: a taller chart gets a taller frame', () => {
    const short = embedFrame(sample);
    const tall = embedFrame({ ...sample, views: [{ width: 420, height: 900 }] });
    expect(tall.height / tall.width).toBeGreaterThan(short.height / short.width + 1.5);
    // and a very tall frame stops widening earlier, so it is not thousands of px tall
    expect(tall.maxWidth).toBeLessThan(short.maxWidth);
  });

  it('is sized for the tallest view, so switching views never shrinks the drawing', () => {
    const one = embedFrame(sample);
    const two = embedFrame({
      ...sample,
      views: [
        { width: 420, height: 210 },
        { width: 420, height: 420 },
      ],
    });
    expect(two.height).toBeGreaterThan(one.height);
  });

  it('gives longer words more room', () => {
    const long = embedFrame({ ...sample, title: 'A much longer title that will wrap onto several lines in a narrow frame' });
    expect(long.height).toBeGreaterThan(embedFrame(sample).height);
  });

  it('type scales with the frame above the reference width and stops at its floor below it', () => {
    expect(typeSize(EMBED_TYPE.title, EMBED_REFERENCE_WIDTH)).toBe(EMBED_TYPE.title.ref);
    expect(typeSize(EMBED_TYPE.title, 2 * EMBED_REFERENCE_WIDTH)).toBe(2 * EMBED_TYPE.title.ref);
    expect(typeSize(EMBED_TYPE.title, 100)).toBe(EMBED_TYPE.title.min);
  });

  // Every real chart, both languages: at the narrow and the reference width, the frame is tall
  // enough for the words and the drawing at its full width, and at the narrow width that full
  // width draws the chart's smallest type (13 px in its own units) at 9 px or more.
  for (const lang of ['en', 'nb'] as const) {
    for (const id of ids) {
      it(`${lang}/${id}: the frame fits the words and the full-width drawing`, () => {
        const input = embedLayoutInput(chartSpec(id, evidence, lang), evidence, lang);
        const frame = embedFrame(input);
        for (const w of [EMBED_NARROW_WIDTH, EMBED_REFERENCE_WIDTH]) {
          const layout = estimateLayout(input, w);
          expect(layout.height, `${w} px`).toBeLessThanOrEqual((w * frame.height) / frame.width);
        }
        const inner = EMBED_NARROW_WIDTH - 2 * EMBED_TYPE.pad.min;
        expect((13 * inner) / 420).toBeGreaterThanOrEqual(9);
        expect(frame.maxWidth).toBeGreaterThanOrEqual(EMBED_NARROW_WIDTH);
      });
    }
  }
});

describe('oEmbed', () => {
  const spec = chartSpec('norway-employment', evidence, 'en');
  const site = new URL('https://evidence.example.org');

  it('answers type "rich" with the responsive snippet and its size', () => {
    const answer = oembedFor({ site, base: '/', spec, evidence, lang: 'en' });
    const code = embedCode({ site, base: '/', spec, evidence, lang: 'en' });
    expect(answer).toMatchObject({
      version: '1.0',
      type: 'rich',
      title: spec.title,
      provider_name: 'IPS Evidence',
      provider_url: 'https://evidence.example.org/',
    });
    expect(answer.html).toBe(code.html);
    expect(answer.width).toBe(code.frame.width);
    expect(answer.height).toBe(code.frame.height);
    expect(answer.thumbnail_url).toBe('https://evidence.example.org/charts/norway-employment/norway-employment-social-light.png');
  });

  it('is next to the embed page, pinned versions and languages included (addresses: tests/unit/site/urls.test.ts)', () => {
    const pinned = oembedFor({ site, base: '/', spec, evidence, lang: 'nb', version: '1.0.0' });
    expect(pinned.html).toContain('src="https://evidence.example.org/nb/embed/v1.0.0/norway-employment/"');
  });

  it('without a thumbnail, has no thumbnail fields', () => {
    const frame = embedFrame(sample);
    const answer = oembedResponse({ snippet: { src: '/e/', title: 't', frame }, providerName: 'p', providerUrl: '/' });
    expect(Object.keys(answer)).not.toContain('thumbnail_url');
  });
});

it("the embed page's CSS hides the summary below the model's width", () => {
  const page = readFileSync('src/components/shell/EmbedPage.astro', 'utf8');
  expect(page).toContain(`@media (max-width: ${EMBED_SUMMARY_MIN_WIDTH - 0.02}px)`);
});

/**
 * Adding a trial needs no code: a copy of data/ and content/ gets the files of
 * tests/fixtures/added-trial/ (a topic, a source, a study with `page` and `overview`, its figures,
 * and one MDX page per language), and the layers the build draws from then show the trial in
 * the navigation, the home page's overview (cards, trial-headlines, overview-effects, counted in
 * words), the data downloads and the slide decks. Nothing under src/ is touched, so if any of
 * these needed a code change (a list of trials, topics or labels in code) a check here fails.
 * (A whole `astro build` of the copy takes minutes on a shared machine; these are the functions
 * the pages call: Base.astro → siteNav, HeadlineCards → headlineComparisons(inOverview), …)
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { overviewEffects } from '../../../src/charts/overview-effects.ts';
import { trialHeadlines } from '../../../src/charts/trial-headlines.ts';
import { chartPages } from '../../../src/site/chart-pages.ts';
import { datasets } from '../../../src/export/data-export.ts';
import { loadEvidence, readEvidence } from '../../../src/data/load.ts';
import { headlineComparisons } from '../../../src/data/evidence.ts';
import { chartTopics } from '../../../src/export/pptx.ts';
import { isGroup, siteNav } from '../../../src/site/site-routes.ts';
import { checkTrialPages, inOverview, topicLabel } from '../../../src/site/site-structure.ts';
import { countInWords as enCount } from '../../../src/i18n/en/numbers.ts';
import { countInWords as nbCount } from '../../../src/i18n/nb/numbers.ts';
import { LANGS } from '../../../src/i18n/index.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const fixture = path.join(root, 'tests/fixtures/added-trial');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'ips-added-trial-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const KEY = 'fixture-added-trial';
const PAGE = 'trials/fixture-added-trial/';

/** A copy of the project's data/ (without the frozen releases) and content/, with the fixture added. */
function projectWithFixture(): { data: string; content: string } {
  const data = path.join(scratch, 'data');
  const content = path.join(scratch, 'content');
  cpSync(path.join(root, 'data'), data, { recursive: true, filter: (src) => !src.includes(`${path.sep}releases`) });
  cpSync(path.join(root, 'content'), content, { recursive: true });
  for (const name of ['topics.yaml', 'sources.yaml', 'studies.yaml']) appendFileSync(path.join(data, name), readFileSync(path.join(fixture, 'data', name)));
  cpSync(path.join(fixture, 'data/figures'), path.join(data, 'figures'), { recursive: true });
  cpSync(path.join(fixture, 'content'), content, { recursive: true });
  return { data, content };
}

const before = loadEvidence();
const { data, content } = projectWithFixture();
const e = readEvidence(data);
const short = { en: 'Fixture trial', nb: 'Testforsøket' } as const;

describe('a trial added as data and pages only', () => {
  it('loads and validates, as one more study and topic', () => {
    expect(e.studies.get(KEY)?.page).toBe(PAGE);
    expect(e.studies.size).toBe(before.studies.size + 1);
    expect([...e.topics.keys()]).toEqual([...before.topics.keys(), KEY]);
  });

  it('is in the navigation, under Trials, last (the order of studies.yaml), in both languages', () => {
    const trials = siteNav(e).find((entry) => isGroup(entry) && entry.links.some((l) => l.path.startsWith('trials/')));
    expect(trials && isGroup(trials)).toBe(true);
    if (!trials || !isGroup(trials)) return;
    const last = trials.links.at(-1)!;
    expect(last.path).toBe(PAGE);
    for (const lang of LANGS) expect(last.label(lang)).toBe(short[lang]);
    const beforeTrials = siteNav(before).find(isGroup)!;
    expect(trials.links.length).toBe(beforeTrials.links.length + 1);
  });

  it('has its page in every language, and a missing page stops the build naming the study and the file', () => {
    expect(() => checkTrialPages(e, content)).not.toThrow();
    const nb = path.join(content, 'nb', `${PAGE.slice(0, -1)}.mdx`);
    const text = readFileSync(nb, 'utf8');
    rmSync(nb);
    try {
      expect(() => checkTrialPages(e, content)).toThrow(`key "${KEY}", field "page": expected a page in every language`);
    } finally {
      writeFileSync(nb, text);
    }
  });

  it('is in the home page overview: the cards and both charts, counted in words', () => {
    const cards = headlineComparisons(e, inOverview);
    expect(cards.length).toBe(headlineComparisons(before, inOverview).length + 1);
    expect(cards.at(-1)?.study.key).toBe(KEY);
    expect(cards.at(-1)?.study.page).toBe(PAGE);
    const n = cards.length;
    for (const build of [trialHeadlines, overviewEffects]) {
      const en = build(e, 'en');
      const nb = build(e, 'nb');
      const firstCells = (spec: typeof en) => spec.views[0]!.table.rows.map((r) => r[0]!.text);
      expect(
        firstCells(en).some((text) => text.startsWith(short.en)),
        firstCells(en).join(' | '),
      ).toBe(true);
      expect(
        firstCells(nb).some((text) => text.startsWith(short.nb)),
        firstCells(nb).join(' | '),
      ).toBe(true);
      expect(en.views[0]!.table.rows.length).toBe(n);
      expect(en.figures.map((f) => f.id)).toContain(`${KEY}-employment-ips`);
      expect(en.title).toContain(` ${enCount(n)} Norwegian trials`);
      expect(nb.title).toContain(` ${nbCount(n)} norske studier`);
      expect(build(before, 'en').title).toContain(` ${enCount(n - 1)} Norwegian trials`);
    }
  });

  it('is a data download with its topic’s name, and a slide deck', () => {
    const sets = datasets(e, data);
    const mine = sets.find((d) => d.name === `figures-${KEY}`);
    expect(mine?.rows.length).toBe(4);
    expect(mine?.topic).toBe(KEY);
    expect(topicLabel(e, KEY, 'en')).toBe('Fixture trial');
    expect(topicLabel(e, KEY, 'nb')).toBe('Testforsøket');
    expect(sets.find((d) => d.name === 'figures')?.rows.length).toBe(
      datasets(before, path.join(root, 'data')).find((d) => d.name === 'figures')!.rows.length + 4,
    );
    expect(chartTopics(trialHeadlines(e, 'en'), e)).toContain(KEY);
  });

  it('leaves the chart pages as they were (its pages declare no chart)', () => {
    for (const lang of LANGS) expect(chartPages(lang, content)).toEqual(chartPages(lang, path.join(root, 'content')));
  });
});

describe('topics are declared in data/topics.yaml', () => {
  it('a figures file whose topic is not declared is an error naming the file', () => {
    const bad = path.join(scratch, 'bad-topic');
    cpSync(data, bad, { recursive: true });
    cpSync(path.join(bad, 'figures', `${KEY}.csv`), path.join(bad, 'figures', 'no-such-topic.csv'));
    rmSync(path.join(bad, 'figures', `${KEY}.csv`));
    expect(() => readEvidence(bad)).toThrow(
      /figures\/no-such-topic\.csv: expected a figure file named after a topic declared in .*topics\.yaml \(.*fixture-added-trial\.csv.*\), found "no-such-topic\.csv"/,
    );
  });

  it('a study whose topic is not declared is an error naming the study and the field', () => {
    const bad = path.join(scratch, 'bad-study');
    cpSync(data, bad, { recursive: true });
    const topics = path.join(bad, 'topics.yaml');
    writeFileSync(topics, readFileSync(topics, 'utf8').replace(/\nfixture-added-trial:[\s\S]*$/, '\n'));
    expect(() => readEvidence(bad)).toThrow(`studies.yaml, key "${KEY}", field "topic": expected a topic declared in`);
  });

  it('a study in the overview needs its headline', () => {
    const bad = path.join(scratch, 'bad-overview');
    cpSync(data, bad, { recursive: true });
    const studies = path.join(bad, 'studies.yaml');
    writeFileSync(
      studies,
      readFileSync(studies, 'utf8').replace(
        /\n  headline:\n    intervention: fixture-added-trial-employment-ips\n    control: fixture-added-trial-employment-control\n/,
        '\n',
      ),
    );
    expect(() => readEvidence(bad)).toThrow(
      `studies.yaml, key "${KEY}", field "headline": expected the headline figures of a study in the overview (overview: true), found nothing.`,
    );
  });
});

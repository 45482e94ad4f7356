/**
 * The parts of the site that follow from data/ rather than code: the trials with a page of their
 * own, the trials in the home page's overview, and the topics' names. Adding a trial is then a
 * matter of data (studies.yaml, topics.yaml, figures/) and one MDX page per language.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { contentDirectory } from './content.ts';
import { dataDirectory, type Evidence } from '../data/load.ts';
import { DataValidationError, type DataProblem } from '../data/problems.ts';
import type { Study, Topic } from '../data/schemas.ts';
import { LANGS, inLang, type Lang } from '../i18n/index.ts';

export interface TrialPage {
  study: Study;
  /** Relative to a language's root: 'trials/seed/'. */
  path: string;
  /** The trial's short name in a language, as the navigation and the cards show it. */
  name: (lang: Lang) => string;
}

/** A study's short name for labels (its full name where it has none). */
export const studyName = (s: Study, lang: Lang): string => inLang(s, 'short', lang) ?? inLang(s, 'name', lang);

/** The studies with a page (`page` in studies.yaml), in the order of that file. */
export function trialPages(e: Evidence): TrialPage[] {
  return [...e.studies.values()].flatMap((study) => (study.page ? [{ study, path: study.page, name: (lang: Lang) => studyName(study, lang) }] : []));
}

/**
 * Every trial page a study names exists in every language (content/<lang>/<page>.mdx), or the
 * build stops naming the study, its `page`, and the file that is missing.
 */
export function checkTrialPages(e: Evidence, contentDir = contentDirectory()): void {
  const problems: DataProblem[] = [];
  const studiesFile = path.relative(process.cwd(), path.join(dataDirectory(), 'studies.yaml'));
  for (const { study, path: page } of trialPages(e))
    for (const lang of LANGS) {
      const file = path.join(contentDir, lang, `${page.replace(/\/$/, '')}.mdx`);
      if (!existsSync(file))
        problems.push({
          file: studiesFile,
          where: `key "${study.key}"`,
          field: 'page',
          expected: `a page in every language (${path.relative(process.cwd(), file)})`,
          found: 'no such file',
        });
    }
  if (problems.length > 0) throw new DataValidationError(problems);
}

/** Whether a study is in the home page's overview (`overview: true`, with a headline). */
export const inOverview = (s: Study): boolean => s.overview === true && s.headline !== undefined;

/** The topic's name in a language (topics.yaml), for downloads and slide decks. */
export function topicLabel(e: Evidence, topic: Topic, lang: Lang): string {
  const entry = e.topics.get(topic);
  return entry ? inLang(entry, 'label', lang) : topic;
}

/** The topics in their declared order, keeping only those in `keys`. */
export const topicsInOrder = (e: Evidence, keys: Iterable<Topic>): Topic[] => {
  const wanted = new Set(keys);
  return [...e.topics.keys()].filter((k) => wanted.has(k));
};

/**
 * A data release made before the structure lived in data/ (before 1.3.0: no topics.yaml, no
 * `page` or `overview`) takes it from the current data, study by study, so its pinned charts
 * show the same trials as before. Releases that declare their own structure are left as they are.
 */
export function withStructureOf(release: Evidence, current: Evidence): Evidence {
  if (release.structured) return release;
  const studies = new Map(
    [...release.studies].map(([key, s]) => {
      const now = current.studies.get(key);
      return [key, now ? { ...s, ...(now.page ? { page: now.page } : {}), ...(now.overview ? { overview: now.overview } : {}) } : s];
    }),
  );
  const topics = new Map([...release.topics].map(([key, entry]) => [key, current.topics.get(key) ?? entry]));
  return { ...release, studies, topics };
}

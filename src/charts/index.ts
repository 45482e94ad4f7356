/**
 * Every chart of the site, by id. Pages, embeds, presenter views and downloads all look
 * charts up here, so a chart added to this list is a chart everywhere.
 */
import { evidenceOverTime } from './evidence-over-time.ts';
import { individualTrials } from './individual-trials.ts';
import { ipsCumulative } from './ips-cumulative.ts';
import { ipsLabbe } from './ips-labbe.ts';
import { ipsTrialsForest } from './ips-trials-forest.ts';
import { metaAnalyses } from './meta-analyses.ts';
import { norwayEmployment } from './norway-employment.ts';
import { awacPopulations } from './awac-populations.ts';
import { awacWork } from './awac-work.ts';
import { ipsinpainEmployment } from './ipsinpain-employment.ts';
import { ipsinpainFlow } from './ipsinpain-flow.ts';
import { norwayDiagnoses } from './norway-diagnoses.ts';
import { overviewEffects } from './overview-effects.ts';
import { seedBaseline } from './seed-baseline.ts';
import { seedEmployment } from './seed-employment.ts';
import type { Evidence } from '../data/load.ts';
import type { Lang } from '../i18n/index.ts';
import type { ChartBuilder, ChartSpec } from './spec.ts';
import { trialHeadlines } from './trial-headlines.ts';
import { unemploymentHealth } from './unemployment-health.ts';

export const charts = {
  'trial-headlines': trialHeadlines,
  'norway-employment': norwayEmployment,
  'norway-diagnoses': norwayDiagnoses,
  'overview-effects': overviewEffects,
  'seed-employment': seedEmployment,
  'seed-baseline': seedBaseline,
  'ipsinpain-employment': ipsinpainEmployment,
  'ipsinpain-flow': ipsinpainFlow,
  'awac-work': awacWork,
  'awac-populations': awacPopulations,
  'evidence-over-time': evidenceOverTime,
  'individual-trials': individualTrials,
  'meta-analyses': metaAnalyses,
  'unemployment-health': unemploymentHealth,
  'ips-trials-forest': ipsTrialsForest,
  'ips-cumulative': ipsCumulative,
  'ips-labbe': ipsLabbe,
} satisfies Record<string, ChartBuilder>;

export type ChartId = keyof typeof charts;

export function isChartId(id: string): id is ChartId {
  return Object.hasOwn(charts, id);
}

const built = new WeakMap<Evidence, Map<string, ChartSpec>>();

/**
 * A chart's spec for this evidence and language, built once per build: the same chart is on
 * its page, its embed, its presenter view, the single-file presenter and a dozen downloads,
 * and building it is the costly part for charts with a row per trial. Callers must treat the
 * spec as read-only; it is shared.
 */
export function chartSpec(id: ChartId, evidence: Evidence, lang: Lang): ChartSpec {
  let specs = built.get(evidence);
  if (!specs) built.set(evidence, (specs = new Map()));
  const key = `${id}/${lang}`;
  let spec = specs.get(key);
  if (!spec) specs.set(key, (spec = charts[id](evidence, lang)));
  return spec;
}

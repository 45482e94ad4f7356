/**
 * Every chart of the site, by id. Pages, embeds, presenter views and downloads all look
 * charts up here, so a chart added to this list is a chart everywhere.
 */
import { evidenceOverTime } from './evidence-over-time.ts';
import { individualTrials } from './individual-trials.ts';
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
import type { ChartBuilder } from './spec.ts';
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
} satisfies Record<string, ChartBuilder>;

export type ChartId = keyof typeof charts;

export function isChartId(id: string): id is ChartId {
  return Object.hasOwn(charts, id);
}

/**
 * Every chart of the site, by id. Pages, embeds, presenter views and downloads all look
 * charts up here, so a chart added to this list is a chart everywhere.
 */
import { norwayEmployment } from './norway-employment.ts';
import type { ChartBuilder } from './spec.ts';
import { trialHeadlines } from './trial-headlines.ts';

export const charts = {
  'trial-headlines': trialHeadlines,
  'norway-employment': norwayEmployment,
} satisfies Record<string, ChartBuilder>;

export type ChartId = keyof typeof charts;

export function isChartId(id: string): id is ChartId {
  return Object.hasOwn(charts, id);
}

/**
 * The released data versions a chart can be shown at: every release whose data the chart can
 * be drawn from (a chart added later has no pinned version in older releases). The chart page
 * lists them, so a presenter can link to numbers that will not change.
 */
import type { ChartId } from '../charts/index.ts';
import { embedRoutes } from './embed-routes.ts';

let cache: Map<string, string[]> | undefined;

/** Release versions, oldest first, with a pinned embed of this chart. */
export function pinnedVersions(chartId: ChartId): string[] {
  if (!cache) {
    cache = new Map();
    for (const route of embedRoutes()) {
      const { chartId: id, pinned } = route.props;
      if (pinned === undefined) continue;
      cache.set(id, [...(cache.get(id) ?? []), pinned]);
    }
  }
  return cache.get(chartId) ?? [];
}

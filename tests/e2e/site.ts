/**
 * Helpers shared by the browser tests: which pages did the build produce, and which of them
 * does the browser visit? (tests/support/built-site.ts, tests/support/page-sample.ts; kept
 * here so specs can go on importing './site'.)
 */
export {
  BASE_PATH,
  DIST_DIR,
  SITE_ORIGIN,
  fileFor,
  isNotFoundPage,
  isRedirectPage,
  listPages,
  pagePathFor,
  readPageHtml,
  routeFor,
  type BuiltPage,
} from '../support/built-site.ts';
export {
  chartsOn,
  chartsToTry,
  pageChart,
  pageKind,
  pageLanguage,
  perChartSample,
  PER_CHART_KINDS,
  pinnedEveryChart,
  shownInParts,
  templateSample,
  visitedPages,
  type PageKind,
} from '../support/page-sample.ts';

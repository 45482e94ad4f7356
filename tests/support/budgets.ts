/**
 * The budgets, in one place: the tests of the real site (tests/dist/budgets.test.ts,
 * tests/e2e/script-budget.spec.ts) and the 1,000-trial build (`npm run bench`) hold
 * every page to the same numbers.
 */
const KB = 1024;
/** JavaScript a page makes the browser load, gzip. */
export const JS_PER_PAGE_GZIP = 15 * KB;
/** A page in all: HTML (inline SVG and CSS), CSS, JS and images, gzip. */
export const PAGE_TOTAL_GZIP = 150 * KB;
/** A full build, PNGs included, on a 2-core machine, seconds (reported by `npm run bench`, not a test). */
export const BUILD_SECONDS = 60;
/** A build with 1,000 trials, seconds (reported by `npm run bench`). */
export const BUILD_1000_TRIALS_SECONDS = 120;

/**
 * With JavaScript OFF every built page is a complete document and every chart is there: charts
 * are rendered to SVG at build time, not in the browser. Read from the HTML of every page (the
 * browser sweep, tests/e2e/sweep.spec.ts, loads the visited pages with JavaScript off and checks
 * that each chart is visible and drawn at a size).
 *
 * Chart contract:
 *   <figure class="chart" data-chart="…">
 *     <div class="chart__svg" data-view="…"><svg role="img" …>…marks…</svg></div>  one per view
 *       (on pages, two drawings per view in .chart__drawing, narrow and wide; CSS shows one);
 *     every view but the first is `hidden` (the browser script switches views)
 *     <figcaption>… <p class="chart__summary">…</p> …</figcaption>
 *   </figure>
 */
import { parseHTML } from 'linkedom';
import { expect, it } from 'vitest';
import { describeDist, isRedirectPage, listPages, readPageHtml } from './dist.ts';

const MARKS = 'path, rect, circle, line, text';

describeDist('without JavaScript', () => {
  it('every page has a language, a title and a first heading with text; every chart one drawn view and a caption', () => {
    const problems: string[] = [];
    let charts = 0;
    for (const p of listPages()) {
      const { document } = parseHTML(readPageHtml(p));
      const where = p.route;
      if (!(document.documentElement.getAttribute('lang') ?? '').trim()) problems.push(`${where}: <html lang> must be set`);
      if (!(document.querySelector('title')?.textContent ?? '').trim()) problems.push(`${where}: <title> must be non-empty`);
      if (isRedirectPage(p)) continue; // a page that only sends the reader on: a heading is optional
      const h1 = document.querySelector('h1');
      if (!h1) problems.push(`${where}: page must have an <h1>`);
      else if (!(h1.textContent ?? '').trim()) problems.push(`${where}: the first <h1> must have text`);
      else if (h1.closest('[hidden]') || h1.hasAttribute('hidden')) problems.push(`${where}: the first <h1> is hidden`);

      for (const [i, figure] of [...document.querySelectorAll('figure.chart[data-chart]')].entries()) {
        charts++;
        const name = `${where}: chart #${i + 1} (${figure.getAttribute('data-chart')})`;
        const views = [...figure.querySelectorAll('.chart__svg')];
        const shown = views.filter((v) => !v.hasAttribute('hidden'));
        if (shown.length !== 1) problems.push(`${name}: ${shown.length} views shown, expected exactly one`);
        if (views.length > 0 && views[0]!.hasAttribute('hidden')) problems.push(`${name}: the first view is hidden`);
        for (const view of views) {
          // A page draws each view twice, narrow and wide (.chart__drawing; CSS shows the one that
          // fits); embeds and presenter views draw it once, directly inside .chart__svg.
          const drawings = [...view.children].filter((c) => c.classList.contains('chart__drawing'));
          const holders = drawings.length > 0 ? drawings : [view];
          if (drawings.length > 0 && drawings.length !== 2)
            problems.push(`${name}, view ${view.getAttribute('data-view')}: ${drawings.length} drawings, expected narrow and wide`);
          const svgs = holders.flatMap((h) => [...h.children].filter((c) => c.localName === 'svg'));
          if (svgs.length !== holders.length)
            problems.push(`${name}, view ${view.getAttribute('data-view')}: ${svgs.length} <svg> for ${holders.length} drawing(s)`);
          for (const svg of svgs) {
            if (svg.getAttribute('role') !== 'img') problems.push(`${name}, view ${view.getAttribute('data-view')}: <svg> without role="img"`);
            if (svg.querySelectorAll(MARKS).length === 0) problems.push(`${name}, view ${view.getAttribute('data-view')}: no mark (${MARKS})`);
            if (!/^[\d.]+ [\d.]+ [\d.]+ [\d.]+$/.test(svg.getAttribute('viewBox') ?? '')) problems.push(`${name}: <svg> without a viewBox`);
          }
        }
        const captions = [...figure.querySelectorAll('figcaption, .chart__summary')];
        if (captions.length === 0) problems.push(`${name}: needs a <figcaption> / .chart__summary`);
        for (const c of captions) if (!(c.textContent ?? '').trim()) problems.push(`${name}: an empty figcaption/.chart__summary`);
      }
    }
    expect(charts, 'charts found').toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });
});

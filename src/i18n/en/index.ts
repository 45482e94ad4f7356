/**
 * Every word the site's code shows a reader, in English: one module per area (ui, one per chart
 * or component that has words of its own). en/ is the reference shape (../messages.ts).
 */
import { awacPopulations } from './charts/awac-populations.ts';
import { awacWork } from './charts/awac-work.ts';
import { evidenceOverTime } from './charts/evidence-over-time.ts';
import { individualTrials } from './charts/individual-trials.ts';
import { ipsCumulative } from './charts/ips-cumulative.ts';
import { ipsLabbe } from './charts/ips-labbe.ts';
import { ipsTrialsForest } from './charts/ips-trials-forest.ts';
import { ipsinpainEmployment } from './charts/ipsinpain-employment.ts';
import { ipsinpainFlow } from './charts/ipsinpain-flow.ts';
import { metaAnalyses } from './charts/meta-analyses.ts';
import { norwayDiagnoses } from './charts/norway-diagnoses.ts';
import { norwayEmployment } from './charts/norway-employment.ts';
import { overviewEffects } from './charts/overview-effects.ts';
import { seedBaseline } from './charts/seed-baseline.ts';
import { seedEmployment } from './charts/seed-employment.ts';
import { trialHeadlines } from './charts/trial-headlines.ts';
import { unemploymentHealth } from './charts/unemployment-health.ts';
import { bottomLine } from './bottom-line.ts';
import { chartCommon } from './chart-common.ts';
import { format } from './format.ts';
import { citation } from './citation.ts';
import { ui } from './ui.ts';
import { browser } from './browser.ts';
import { csv } from './csv.ts';
import { downloads } from './downloads.ts';
import { embed } from './embed.ts';
import { redirect } from './redirect.ts';
import { slides } from './slides.ts';
import { sources } from './sources.ts';

import { chartCard } from './chart-card.ts';
import { exportImage } from './export-image.ts';

export const en = {
  ui,
  /** Numbers, intervals, units and time points (src/i18n/format.ts). */
  format,
  /** The bottom-line card (src/site/bottom-line.ts, BottomLine.astro). */
  bottomLine,
  /** Words several charts share (story steps, view names, the pooling method). */
  chartCommon,
  citation,
  /** The site's pages, components and downloads (one module per area). */
  browser,
  csv,
  downloads,
  embed,
  redirect,
  slides,
  sources,
  /** A chart card on a page (src/components/chart/) and the words around a downloaded chart image. */
  chartCard,
  exportImage,
  /** One module per chart (src/charts/<id>.ts). */
  charts: {
    awacPopulations,
    awacWork,
    evidenceOverTime,
    individualTrials,
    ipsCumulative,
    ipsLabbe,
    ipsTrialsForest,
    ipsinpainEmployment,
    ipsinpainFlow,
    metaAnalyses,
    norwayDiagnoses,
    norwayEmployment,
    overviewEffects,
    seedBaseline,
    seedEmployment,
    trialHeadlines,
    unemploymentHealth,
  },
};

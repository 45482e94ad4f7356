/** Every word the site's code shows a reader, in Norwegian (bokmål): the same shape as en/. */
import type { Messages } from '../messages.ts';
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
import { ui } from './ui.ts';
import { chartCard } from './chart-card.ts';
import { exportImage } from './export-image.ts';

export const nb: Messages = {
  ui,
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

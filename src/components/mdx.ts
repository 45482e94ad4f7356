/**
 * The components MDX pages may use, by the names authors write (`<Num id="…" />`).
 * Passed to every page's <Content components={…}>, so content files need no imports.
 */
import Chart from './Chart.astro';
import Difference from './Difference.astro';
import Discrepancies from './Discrepancies.astro';
import Findings from './Findings.astro';
import HeadlineCards from './HeadlineCards.astro';
import Num from './Num.astro';
import StudyFacts from './StudyFacts.astro';

export const mdxComponents = { Chart, Difference, Discrepancies, Findings, HeadlineCards, Num, StudyFacts };

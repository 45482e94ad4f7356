/**
 * The components MDX pages may use, by the names authors write (`<Num id="…" />`).
 * Passed to every page's <Content components={…}>, so content files need no imports.
 */
import Bibliography from './Bibliography.astro';
import BottomLine from './BottomLine.astro';
import Changelog from './Changelog.astro';
import Chart from '../chart/Chart.astro';
import Citations from './Citations.astro';
import DataDownloads from './DataDownloads.astro';
import DataVersion from './DataVersion.astro';
import Difference from './Difference.astro';
import Discrepancies from './Discrepancies.astro';
import DiscrepancyList from './DiscrepancyList.astro';
import Findings from './Findings.astro';
import Glossary from './Glossary.astro';
import HeadlineCards from './HeadlineCards.astro';
import Num from './Num.astro';
import PrintButton from './PrintButton.astro';
import SelectedFindings from './SelectedFindings.astro';
import StudyFacts from './StudyFacts.astro';
import TrialsNotExtracted from './TrialsNotExtracted.astro';

export const mdxComponents = {
  Bibliography,
  BottomLine,
  Changelog,
  Chart,
  Citations,
  DataDownloads,
  DataVersion,
  Difference,
  Discrepancies,
  DiscrepancyList,
  Findings,
  Glossary,
  HeadlineCards,
  Num,
  PrintButton,
  SelectedFindings,
  StudyFacts,
  TrialsNotExtracted,
};

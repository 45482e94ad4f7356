/**
 * Validates data/ on its own, without a build: `npm run data:check`.
 * Prints the data version and counts, or every problem and exits 1.
 */
import { readEvidence, dataDirectory } from '../src/data/load.ts';
import { DataValidationError } from '../src/data/problems.ts';

try {
  const e = readEvidence(dataDirectory());
  console.log(
    `data ${e.release.version}: ${e.figures.size} figures, ${e.studies.size} studies, ${e.sources.size} sources, ${e.measures.size} measures, ${e.discrepancies.size} discrepancies — valid`,
  );
} catch (err) {
  if (err instanceof DataValidationError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}

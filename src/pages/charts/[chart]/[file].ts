/** Every chart's downloads in English: /charts/<id>/<id>.svg, .csv, .bib, .ris, -apa.txt, PNGs. */
import { downloadRoute } from '../../../lib/export/route.ts';

const route = downloadRoute('en');
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;

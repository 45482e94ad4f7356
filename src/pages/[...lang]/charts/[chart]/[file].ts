/** Every chart's downloads in every language: /charts/<id>/<id>.svg, .csv, .bib, .ris, -apa.txt, PNGs; /nb/charts/<id>/… (src/export/route.ts). */
import { downloadRoute } from '../../../../export/route.ts';

const route = downloadRoute();
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;

/** Every chart's downloads in Norwegian Bokmål: /nb/charts/<id>/… (see src/lib/export/route.ts). */
import { downloadRoute } from '../../../../lib/export/route.ts';

const route = downloadRoute('nb');
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;

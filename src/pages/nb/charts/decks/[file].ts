/** A PowerPoint deck per topic, in Norwegian: /nb/charts/decks/<topic>.pptx (src/lib/export/pptx.ts). */
import { deckRoute } from '../../../../lib/export/route.ts';

const route = deckRoute('nb');
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;

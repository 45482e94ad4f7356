/** A PowerPoint deck per topic, in English: /charts/decks/<topic>.pptx (src/lib/export/pptx.ts). */
import { deckRoute } from '../../../lib/export/route.ts';

const route = deckRoute('en');
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;

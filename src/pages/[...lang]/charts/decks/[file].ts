/** A PowerPoint deck per topic in every language: /charts/decks/<topic>.pptx, /nb/charts/decks/<topic>.pptx (src/export/pptx.ts). */
import { deckRoute } from '../../../../export/route.ts';

const route = deckRoute();
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;

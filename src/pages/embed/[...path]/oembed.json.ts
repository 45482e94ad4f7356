/** /embed/<chart>/oembed.json and /embed/v<version>/<chart>/oembed.json: see oembedRoute. */
import { oembedRoute } from '../../../lib/embed-routes.ts';

const route = oembedRoute('en');
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;

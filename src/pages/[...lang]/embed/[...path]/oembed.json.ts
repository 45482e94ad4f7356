/** /embed/<chart>/oembed.json and /embed/v<version>/<chart>/oembed.json, and the same under /nb/: see oembedRoute. */
import { oembedRoute } from '../../../../site/embed-routes.ts';

const route = oembedRoute();
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;

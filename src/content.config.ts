/**
 * The pages written in MDX live in content/<lang>/…; their front matter is validated here.
 * Numbers in them come only through the data components (Num, Difference, Chart, …).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentDirectory } from './site/content.ts';

const pages = defineCollection({
  // IPS_CONTENT_DIR lets tests build from another copy of content/ (src/site/content.ts).
  loader: glob({ pattern: '**/*.mdx', base: contentDirectory() }),
  schema: z.object({
    /** The page's <h1> and <title>. */
    title: z.string().min(1),
    /** One or two sentences for search results and link previews. */
    description: z.string().min(10),
    /**
     * The charts the page shows, by id, as its <Chart id="…" /> elements: the page a chart's
     * "Shown on" link, embed and presenter view point to (src/site/chart-pages.ts checks the two agree).
     */
    charts: z.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)).optional(),
  }),
});

export const collections = { pages };

/**
 * The pages written in MDX live in content/<lang>/…; their front matter is validated here.
 * Numbers in them come only through the data components (Num, Difference, Chart, …).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const pages = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content' }),
  schema: z.object({
    /** The page's <h1> and <title>. */
    title: z.string().min(1),
    /** One or two sentences for search results and link previews. */
    description: z.string().min(10),
  }),
});

export const collections = { pages };

/**
 * The GitHub Pages recipe (.github/workflows/pages.yml): it builds with `npm run build:publish`
 * (PUBLISH=1, so a missing address stops the build), takes SITE_URL and BASE_PATH from the
 * Pages settings (actions/configure-pages: origin, and base_path, "/<repo>/" or "/"), and
 * uploads dist/. What those values become is checked through the same functions the build
 * uses; the build itself at a sub-path is tests/unit/publish-build.test.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { basePath, siteSettings } from '../../src/integrations/publish.ts';

const root = path.resolve(import.meta.dirname, '../..');
interface Step {
  id?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
const workflow = parse(readFileSync(path.join(root, '.github/workflows/pages.yml'), 'utf8')) as {
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[]; needs?: string }>;
};
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

describe('the GitHub Pages workflow', () => {
  const steps = workflow.jobs['build']!.steps;
  const at = (pred: (s: Step) => boolean) => steps.findIndex(pred);

  it('builds for publishing with the address from the Pages settings, then uploads dist/', () => {
    const pages = at((s) => s.uses?.startsWith('actions/configure-pages@') ?? false);
    const build = at((s) => s.run === 'npm run build:publish');
    const upload = at((s) => s.uses?.startsWith('actions/upload-pages-artifact@') ?? false);
    expect(pages).toBeGreaterThanOrEqual(0);
    expect(build).toBeGreaterThan(pages);
    expect(upload).toBeGreaterThan(build);
    const id = steps[pages]!.id;
    expect(steps[build]!.env).toEqual({ SITE_URL: `\${{ steps.${id}.outputs.origin }}`, BASE_PATH: `\${{ steps.${id}.outputs.base_path }}` });
    expect(steps[upload]!.with?.['path']).toBe('dist');
    expect(workflow.jobs['deploy']!.needs).toBe('build');
    expect(workflow.jobs['deploy']!.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  });

  it('runs a publishing build, which needs SITE_URL', () => {
    expect(pkg.scripts['build:publish']).toBe('PUBLISH=1 astro build');
  });

  it.each([
    ['a project site', 'https://owner.github.io', '/ips-evidence/', '/ips-evidence/'],
    ['a custom domain', 'https://evidence.example.org', '/', '/'],
    ['a base path without slashes', 'https://owner.github.io', 'ips-evidence', '/ips-evidence/'],
  ])('gives Astro the right site and base for %s', (_, origin, base, want) => {
    expect(siteSettings({ PUBLISH: '1', SITE_URL: origin })).toEqual({ site: origin, publishing: true });
    expect(basePath({ BASE_PATH: base })).toBe(want);
  });

  it('treats no base path, or an empty one, as the root', () => {
    expect(basePath({})).toBe('/');
    expect(basePath({ BASE_PATH: '' })).toBe('/');
    expect(basePath({ BASE_PATH: '//sub//' })).toBe('/sub/');
  });
});

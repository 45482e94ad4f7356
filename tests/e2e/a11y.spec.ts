/**
 * Accessibility: every built page, in light AND dark colour scheme, has zero axe
 * violations against WCAG 2.0/2.1/2.2 A and AA.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { listPages } from './site';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
type Violation = AxeResults['violations'][number];

/** One readable block per violation: rule id, impact, help, URL, and every failing target. */
function formatViolations(violations: readonly Violation[]): string {
  return violations
    .map((v) => {
      const targets = v.nodes
        .map((n) => {
          const selector = n.target.map((t) => (typeof t === 'string' ? t : JSON.stringify(t))).join(' >> ');
          const html = n.html.length > 160 ? `${n.html.slice(0, 157)}...` : n.html;
          return `      - ${selector}\n          ${html}`;
        })
        .join('\n');
      return `  [${v.impact ?? 'n/a'}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${targets}`;
    })
    .join('\n');
}

test('axe canary: a known violation is detected and reported', async ({ page }) => {
  // Guards against a silently broken axe setup (no rules run → every page "passes").
  await page.setContent(
    '<!doctype html><html lang="en"><head><title>canary</title></head><body><main><h1>Canary</h1><input type="text"></main></body></html>',
  );
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const ids = violations.map((v) => v.id);
  expect(ids).toContain('label');
  const report = formatViolations(violations);
  expect(report).toContain('label: ');
  expect(report).toMatch(/- input\b/);
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });

    for (const builtPage of listPages()) {
      test(`${builtPage.path} (${scheme})`, async ({ page }) => {
        const response = await page.goto(builtPage.path);
        expect(response, `no response for ${builtPage.path}`).not.toBeNull();
        // The emulation really is on: the page sees the scheme we asked for.
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
        await page.evaluate(async () => {
          await document.fonts.ready;
        });

        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        const violations = results.violations;
        expect(
          violations.length,
          `${violations.length} axe violation(s) on ${builtPage.path} in ${scheme} scheme:\n${formatViolations(violations)}`,
        ).toBe(0);
      });
    }
  });
}

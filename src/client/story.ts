/**
 * A chart's story, step by step: which marks show at each step. Steps are written into the
 * page at build time (<ol class="chart__steps"><li data-show="step-control …">caption</li>);
 * showing a step hides every mark with a step class not listed for it.
 */
export interface Step {
  caption: string;
  show: Set<string>;
}

export function readSteps(root: ParentNode): Step[] {
  return Array.from(root.querySelectorAll<HTMLLIElement>('.chart__steps li')).map((li) => ({
    caption: li.textContent?.trim() ?? '',
    show: new Set((li.dataset.show ?? '').split(/\s+/).filter(Boolean)),
  }));
}

/** Shows step `index` (0-based) in the first view of the chart under `root`. */
export function applyStep(root: ParentNode, steps: readonly Step[], index: number): void {
  const step = steps[index];
  if (!step) return;
  const svg = root.querySelector('.chart__svg svg');
  if (!svg) return;
  for (const g of Array.from(svg.querySelectorAll<SVGGElement>('g[class*="step-"]'))) {
    const classes = Array.from(g.classList).filter((c) => c.startsWith('step-'));
    const visible = classes.some((c) => step.show.has(c));
    g.classList.toggle('is-stepped-out', !visible);
    g.setAttribute('aria-hidden', String(!visible));
  }
}

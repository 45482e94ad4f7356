/**
 * <ips-chart>: the browser half of a chart. The SVG, table and sources are already in the
 * page (built with Plot at build time); this adds what only a browser can: the value of a
 * mark on hover and on keyboard focus (Tab into the chart, arrow keys between marks, Home/End,
 * Escape), announced to screen readers, and switching between the chart's prebuilt views.
 * No charting library: every data mark already carries its label in a <title> child.
 */
const KEYS_NEXT = new Set(['ArrowRight', 'ArrowDown']);
const KEYS_PREV = new Set(['ArrowLeft', 'ArrowUp']);

class IpsChart extends HTMLElement {
  #tip!: HTMLElement;
  #live!: HTMLElement;
  #active = -1;
  /** Its words, from the page (src/i18n/<lang>/browser.ts via data attributes): no build module reaches the browser. */
  #words = { copied: '', keysHint: '' };

  connectedCallback() {
    if (this.dataset.enhanced) return;
    this.dataset.enhanced = 'true';
    this.#words = { copied: this.dataset.copied ?? '', keysHint: this.dataset.keysHint ?? '' };
    this.#tip = Object.assign(document.createElement('div'), { className: 'chart__tip', hidden: true });
    this.#tip.setAttribute('aria-hidden', 'true'); // the live region speaks; the tip is for eyes
    this.#live = Object.assign(document.createElement('p'), { className: 'chart__live visually-hidden' });
    this.#live.setAttribute('aria-live', 'polite');
    const figure = this.querySelector('figure') ?? this;
    figure.append(this.#tip, this.#live);
    for (const view of this.#views()) this.#prepareView(view);
    this.#setUpViewSwitch();
    this.#setUpCopy();
  }

  /** "Copy" beside the embed code: shown only where the clipboard can be written. */
  #setUpCopy() {
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
      const source = document.getElementById(button.dataset.copy ?? '') as HTMLTextAreaElement | null;
      if (!source || !navigator.clipboard) continue;
      button.hidden = false;
      button.addEventListener('click', async () => {
        try {
          await navigator.clipboard.writeText(source.value);
          this.#live.textContent = this.#words.copied;
        } catch {
          source.select();
        }
      });
    }
  }

  #views(): HTMLElement[] {
    return Array.from(this.querySelectorAll<HTMLElement>('.chart__svg'));
  }

  /**
   * The marks of a view that carry a value (those Plot gave a <title>), in the drawing that is
   * shown: a page holds a narrow and a wide drawing of each view and CSS shows one of them.
   */
  #points(view: HTMLElement | undefined): SVGGraphicsElement[] {
    if (!view) return [];
    return Array.from(view.querySelectorAll<SVGGraphicsElement>('[data-tip]')).filter((p) => p.getClientRects().length > 0);
  }

  #prepareView(view: HTMLElement) {
    // Move each native <title> into data-tip, so the browser's own delayed tooltip does not
    // compete with ours; without JavaScript the <title>s stay and still work on hover.
    for (const title of Array.from(view.querySelectorAll('svg title'))) {
      const mark = title.parentElement;
      if (!mark || mark.tagName.toLowerCase() === 'svg') continue;
      mark.setAttribute('data-tip', title.textContent ?? '');
      title.remove();
    }
    if (this.#points(view).length === 0) return;
    const chartTitle = this.querySelector('.chart__title')?.textContent?.trim() ?? '';
    view.tabIndex = 0;
    view.setAttribute('role', 'group');
    view.setAttribute('aria-label', `${chartTitle}. ${this.#words.keysHint}`);
    view.addEventListener('keydown', (event) => this.#onKey(event, view));
    view.addEventListener('focus', () => {
      if (this.#active < 0) this.#show(view, 0);
    });
    view.addEventListener('blur', () => this.#hide());
    view.addEventListener('pointermove', (event) => {
      if (event.pointerType === 'mouse') this.#onPointer(event, view);
    });
    // A tap shows the mark under the finger (and says it, as keyboard focus does) and keeps it
    // shown until the next tap: a finger has no hover, and lifting it must not hide the value.
    view.addEventListener('pointerdown', (event) => {
      if (event.pointerType !== 'mouse') this.#onPointer(event, view, true);
    });
    view.addEventListener('pointerleave', (event) => {
      if (event.pointerType === 'mouse' && document.activeElement !== view) this.#hide();
    });
  }

  #onKey(event: KeyboardEvent, view: HTMLElement) {
    const n = this.#points(view).length;
    let next: number | undefined;
    if (KEYS_NEXT.has(event.key)) next = (this.#active + 1 + n) % n;
    else if (KEYS_PREV.has(event.key)) next = this.#active <= 0 ? n - 1 : this.#active - 1;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = n - 1;
    else if (event.key === 'Escape') {
      this.#hide();
      return;
    }
    if (next === undefined) return;
    event.preventDefault();
    this.#show(view, next);
  }

  #onPointer(event: PointerEvent, view: HTMLElement, tapped = false) {
    const points = this.#points(view);
    let best = -1;
    // px: near enough to mean this mark; a fingertip is less precise than a mouse pointer.
    let bestDistance = tapped ? 48 : 36;
    let bestArea = Infinity;
    points.forEach((p, i) => {
      const box = p.getBoundingClientRect();
      const dx = Math.max(box.left - event.clientX, 0, event.clientX - box.right);
      const dy = Math.max(box.top - event.clientY, 0, event.clientY - box.bottom);
      const d = Math.hypot(dx, dy);
      // Where marks overlap (a dot on its CI line), the smaller one is the one pointed at.
      const area = box.width * box.height;
      if (d < bestDistance || (d === bestDistance && area < bestArea)) [best, bestDistance, bestArea] = [i, d, area];
    });
    if (best >= 0) this.#show(view, best, tapped);
    else if (tapped || document.activeElement !== view) this.#hide();
  }

  #show(view: HTMLElement, index: number, announce = true) {
    const points = this.#points(view);
    const point = points[index];
    if (!point) return;
    points.forEach((p, i) => p.classList.toggle('is-active', i === index));
    this.#active = index;
    const text = point.getAttribute('data-tip') ?? '';
    this.#tip.textContent = text;
    this.#tip.hidden = false;
    const host = (this.querySelector('figure') ?? this).getBoundingClientRect();
    const box = point.getBoundingClientRect();
    const tipWidth = this.#tip.offsetWidth;
    const left = Math.min(Math.max(box.left + box.width / 2 - host.left - tipWidth / 2, 4), host.width - tipWidth - 4);
    this.#tip.style.left = `${left}px`;
    this.#tip.style.top = `${box.top - host.top - this.#tip.offsetHeight - 8}px`;
    if (announce) this.#live.textContent = `${text} (${index + 1} / ${points.length})`;
  }

  #hide() {
    this.#tip.hidden = true;
    this.#active = -1;
    for (const p of this.querySelectorAll('.is-active')) p.classList.remove('is-active');
  }

  #setUpViewSwitch() {
    const fieldset = this.querySelector<HTMLFieldSetElement>('.chart__views');
    if (!fieldset) return;
    fieldset.hidden = false;
    fieldset.addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      if (input.type !== 'radio') return;
      this.#hide();
      for (const el of this.querySelectorAll<HTMLElement>('[data-view]')) el.hidden = el.dataset.view !== input.value;
      this.#live.textContent = input.parentElement?.textContent?.trim() ?? '';
    });
  }
}

if (!customElements.get('ips-chart')) customElements.define('ips-chart', IpsChart);

/**
 * The presenter view's keys: → / Space / PageDown next step, ← / PageUp back, Home / End,
 * F full screen, D dark. The step is kept in the URL hash (#step-2), so a reload or a shared
 * link lands on the same step.
 */
import { applyStep, readSteps, type Step } from './story.ts';

const steps: Step[] = readSteps(document);
// A tall chart shown in parts (PresentPage.astro): the parts are its steps.
const parts = Array.from(document.querySelectorAll<HTMLElement>('.present__part'));
const count = Math.max(parts.length || steps.length, 1);
const caption = document.querySelector<HTMLElement>('.present__caption');
const counter = document.querySelector<HTMLElement>('.present__counter');
let current = 0;

function stepFromHash(): number {
  const m = /^#step-(\d{1,3})$/.exec(location.hash);
  const n = m ? Number(m[1]) : 1;
  return n >= 1 && n <= count ? n - 1 : 0;
}

function show(index: number, updateHash = true) {
  current = Math.min(Math.max(index, 0), count - 1);
  if (parts.length) parts.forEach((part, i) => (part.hidden = i !== current));
  else if (steps.length) applyStep(document, steps, current);
  if (caption) caption.textContent = (parts.length ? parts[current]?.dataset.caption : steps[current]?.caption) ?? '';
  if (counter) counter.textContent = `${current + 1} / ${count}`;
  document.documentElement.dataset.step = String(current + 1);
  if (updateHash) history.replaceState(null, '', `#step-${current + 1}`);
}

function toggleDark() {
  const root = document.documentElement;
  const dark = root.dataset.theme === 'dark' || (root.dataset.theme !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
  root.dataset.theme = dark ? 'light' : 'dark';
}

async function toggleFullScreen() {
  try {
    if (document.fullscreenElement) await document.exitFullscreen();
    else await document.documentElement.requestFullscreen();
  } catch {
    // Full screen refused (e.g. inside a frame): the view still works in the window.
  }
}

document.addEventListener('keydown', (event) => {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  const target = event.target as HTMLElement | null;
  if (target?.closest('input, textarea, select')) return;
  switch (event.key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
      show(current + 1);
      break;
    case 'ArrowLeft':
    case 'PageUp':
    case 'Backspace':
      show(current - 1);
      break;
    case 'Home':
      show(0);
      break;
    case 'End':
      show(count - 1);
      break;
    case 'f':
    case 'F':
      void toggleFullScreen();
      break;
    case 'd':
    case 'D':
      toggleDark();
      break;
    default:
      return;
  }
  event.preventDefault();
});

window.addEventListener('hashchange', () => show(stepFromHash(), false));
// Opened from a file (the single-file copy), there is no site to download from.
if (location.protocol === 'file:') for (const el of document.querySelectorAll<HTMLElement>('[data-online-only]')) el.hidden = true;
show(stepFromHash(), location.hash !== '');

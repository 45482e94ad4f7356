/**
 * The header's behaviour, added to a page that works without it: the phone menu button, the
 * "Trials" drop-down closing on Escape or a click elsewhere, the colour-theme buttons (the choice
 * is applied before first paint by public/theme.js; here it is changed and remembered), and the
 * brief's print button.
 */
const THEME_KEY = 'ips-theme';
type Theme = 'light' | 'dark' | 'system';

function storedTheme(): Theme {
  try {
    const t = localStorage.getItem(THEME_KEY);
    return t === 'light' || t === 'dark' ? t : 'system';
  } catch {
    return 'system';
  }
}

function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  if (theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
  try {
    if (theme === 'system') localStorage.removeItem(THEME_KEY);
    else localStorage.setItem(THEME_KEY, theme);
  } catch {
    /* storage blocked: the choice lasts for this page only */
  }
}

function setupTheme(): void {
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-theme-choice]')];
  const show = (theme: Theme) => {
    for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset['themeChoice'] === theme));
  };
  show(storedTheme());
  for (const b of buttons) {
    b.addEventListener('click', () => {
      const theme = (b.dataset['themeChoice'] ?? 'system') as Theme;
      applyTheme(theme);
      show(theme);
    });
  }
  // Another tab changed the theme: follow it.
  window.addEventListener('storage', (e) => {
    if (e.key !== THEME_KEY) return;
    const theme = storedTheme();
    applyTheme(theme);
    show(theme);
  });
}

function setupMenu(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-menu-button]');
  const menu = document.getElementById(button?.getAttribute('aria-controls') ?? '');
  if (!button || !menu) return;
  const setOpen = (open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    menu.classList.toggle('is-open', open);
  };
  button.addEventListener('click', () => setOpen(button.getAttribute('aria-expanded') !== 'true'));
  menu.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && button.getAttribute('aria-expanded') === 'true' && getComputedStyle(button).display !== 'none') {
      setOpen(false);
      button.focus();
    }
  });
}

function setupDropdowns(): void {
  const groups = [...document.querySelectorAll<HTMLDetailsElement>('details[data-nav-group]')];
  for (const d of groups) {
    d.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && d.open) {
        d.open = false;
        d.querySelector('summary')?.focus();
        e.stopPropagation();
      }
    });
    d.addEventListener('focusout', (e) => {
      const next = e.relatedTarget as Node | null;
      if (next && !d.contains(next)) d.open = false;
    });
  }
  document.addEventListener('click', (e) => {
    for (const d of groups) if (d.open && !d.contains(e.target as Node)) d.open = false;
  });
}

function setupPrint(): void {
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-print]')) {
    b.hidden = false;
    b.addEventListener('click', () => window.print());
  }
}

setupTheme();
setupMenu();
setupDropdowns();
setupPrint();

// Site behaviour: theme toggle, mobile navigation, copy buttons on code blocks.
const root = document.documentElement;
const THEME_KEY = 'hanji-theme';

function storedTheme() {
  try {
    return localStorage.getItem(THEME_KEY);
  } catch {
    return null;
  }
}

function currentTheme() {
  return root.dataset.theme || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
}

function applyTheme(theme, button) {
  root.dataset.theme = theme;
  if (button) {
    button.setAttribute('aria-pressed', String(theme === 'dark'));
  }
}

function setUpThemeToggle() {
  const button = document.querySelector('[data-theme-toggle]');
  const saved = storedTheme();
  if (saved === 'dark' || saved === 'light') {
    applyTheme(saved, button);
  } else if (button) {
    button.setAttribute('aria-pressed', String(currentTheme() === 'dark'));
  }
  button?.addEventListener('click', () => {
    const next = currentTheme() === 'dark' ? 'light' : 'dark';
    applyTheme(next, button);
    try {
      localStorage.setItem(THEME_KEY, next);
    } catch {
      // Private browsing: the choice lasts for this page only.
    }
  });
}

function setUpNavigationToggle() {
  const button = document.querySelector('[data-nav-toggle]');
  const nav = document.getElementById(button?.getAttribute('aria-controls') ?? '');
  if (!button || !nav) {
    return;
  }
  // Without scripts the menu is a link to #site-nav (CSS shows the target); here it becomes a toggle.
  button.setAttribute('role', 'button');
  button.setAttribute('aria-expanded', 'false');
  button.addEventListener('click', (event) => {
    event.preventDefault();
    const open = nav.classList.toggle('open');
    button.setAttribute('aria-expanded', String(open));
  });
  button.addEventListener('keydown', (event) => {
    if (event.key === ' ') {
      event.preventDefault();
      button.click();
    }
  });
}

function setUpCopyButtons() {
  const labels = document.body.dataset;
  for (const pre of document.querySelectorAll('pre.code')) {
    const wrapper = document.createElement('div');
    wrapper.className = 'code-block';
    pre.replaceWith(wrapper);
    wrapper.append(pre);
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-code';
    button.textContent = labels.labelCopy;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(pre.textContent);
        button.textContent = labels.labelCopied;
        setTimeout(() => { button.textContent = labels.labelCopy; }, 2000);
      } catch {
        button.textContent = labels.labelCopy;
      }
    });
    wrapper.append(button);
  }
}

// Code blocks and tables scroll sideways on narrow screens: keyboard users must be able to focus them to scroll
// (WCAG 2.1.1).
function makeCodeBlocksFocusable() {
  for (const scroller of document.querySelectorAll('pre, table')) {
    scroller.tabIndex = 0;
  }
}

setUpThemeToggle();
setUpNavigationToggle();
setUpCopyButtons();
makeCodeBlocksFocusable();

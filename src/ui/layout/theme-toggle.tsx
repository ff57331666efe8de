// Light / dark switch (the starting theme follows the system setting). Its name stays the same; the pressed state says
// which theme is on, and on a phone only the icon shows.
import { useUiStore } from '../../state/ui-store.ts';

export function ThemeToggle() {
  const theme = useUiStore((s) => s.theme);
  const setTheme = useUiStore((s) => s.setTheme);
  const dark = theme === 'dark';
  return (
    <button type="button" className="theme-toggle" aria-pressed={dark} onClick={() => setTheme(dark ? 'light' : 'dark')}>
      <span aria-hidden="true">{dark ? '☾' : '☀'}</span>
      <span className="theme-toggle-text">Dark theme</span>
    </button>
  );
}

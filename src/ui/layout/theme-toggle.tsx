// Light / dark switch (the starting theme follows the system setting).
import { useUiStore } from '../../state/ui-store.ts';

export function ThemeToggle() {
  const theme = useUiStore((s) => s.theme);
  const setTheme = useUiStore((s) => s.setTheme);
  const dark = theme === 'dark';
  return (
    <button type="button" className="theme-toggle" aria-pressed={dark} onClick={() => setTheme(dark ? 'light' : 'dark')}>
      {dark ? 'Light theme' : 'Dark theme'}
    </button>
  );
}

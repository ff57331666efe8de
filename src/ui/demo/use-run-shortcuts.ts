// Keyboard shortcuts on a demo page: Space play/pause, → step, R reset. Ignored while typing or using a control
// that needs those keys itself.
import { useEffect } from 'react';
import { runController } from '../../state/run-controller.ts';

function ownsKeys(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return ['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON', 'CANVAS', 'SUMMARY', 'A'].includes(target.tagName);
}

export function useRunShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || ownsKeys(e.target)) return;
      if (e.key === ' ') { e.preventDefault(); runController.togglePlay(); }
      else if (e.key === 'ArrowRight') { e.preventDefault(); void runController.step(); }
      else if (e.key === 'r' || e.key === 'R') { e.preventDefault(); runController.reset(); }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);
}

// The smoothing control of a chart: a moving-average window (raw, 5, 10, 50, 100), kept per chart in the ui store.
import { useUiStore } from '../../state/ui-store.ts';

export const SMOOTHING_WINDOWS: readonly number[] = [1, 5, 10, 50, 100];

export function SmoothingSelect({ chartId, window }: { chartId: string; window: number }) {
  const setSmoothing = useUiStore((s) => s.setSmoothing);
  // A demo's default window may be off the list: offer it too rather than show a wrong value.
  const options = SMOOTHING_WINDOWS.includes(window) ? SMOOTHING_WINDOWS : [...SMOOTHING_WINDOWS, window].sort((a, b) => a - b);
  return (
    <label className="metric-chart__smoothing" title="Moving average over the last N points">
      Smoothing{' '}
      <select value={window} onChange={(e) => setSmoothing(chartId, Number(e.target.value))}>
        {options.map((w) => (
          <option key={w} value={w}>{w === 1 ? 'raw' : w}</option>
        ))}
      </select>
    </label>
  );
}

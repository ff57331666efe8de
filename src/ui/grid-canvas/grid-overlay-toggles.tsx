// The overlay switches of the grid canvas: native checkboxes bound to the ui store (a preference, not in the URL).
// An overlay the watched agent does not keep (a planner has no visit counts) says so next to its label.
import { useId } from 'react';
import { useUiStore, type GridOverlays } from '../../state/ui-store.ts';
import { useGridSummary } from './use-grid-summary.ts';
import './grid-canvas.css';

const TOGGLES: readonly { key: keyof GridOverlays; label: string }[] = [
  { key: 'values', label: 'Values V(s)' },
  { key: 'actionValues', label: 'Action values Q(s,a)' },
  { key: 'policy', label: 'Policy arrows' },
  { key: 'visits', label: 'Visit counts' },
  { key: 'numbers', label: 'Numbers' },
];

export function GridOverlayToggles() {
  const overlays = useUiStore((s) => s.overlays);
  const toggleOverlay = useUiStore((s) => s.toggleOverlay);
  const summary = useGridSummary();
  const id = useId();
  const missing = (key: keyof GridOverlays): boolean => {
    if (!summary) return false;
    const s = summary.scales;
    return (key === 'values' && !s.hasValues) || (key === 'actionValues' && !s.hasActionValues)
      || (key === 'policy' && !s.hasPolicy) || (key === 'visits' && !s.hasVisits);
  };
  return (
    <fieldset className="grid-overlay-toggles">
      <legend className="visually-hidden">Grid overlays</legend>
      {TOGGLES.map(({ key, label }) => (
        <label key={key} className="grid-overlay-toggle">
          <input
            type="checkbox"
            checked={overlays[key]}
            onChange={() => toggleOverlay(key)}
            aria-describedby={missing(key) ? `${id}-${key}` : undefined}
          />
          {label}
          {missing(key) && <span id={`${id}-${key}`} className="grid-overlay-toggle__note">(not kept by this agent)</span>}
        </label>
      ))}
    </fieldset>
  );
}

// The key under the grid canvas: the cell kinds on the current map (drawn as on the canvas: shapes, not colour
// alone) and the colour scale of each active overlay, with its current range.
import { useUiStore } from '../../state/ui-store.ts';
import { Cell } from '../../core/envs/gridworld/grid-layout.ts';
import { divergingColor, sequentialColor } from '../theme/palette.ts';
import { formatCount, formatValue } from './cell-number-format.ts';
import { POLICY_MIN_PROBABILITY } from './draw-grid.ts';
import { signedWeight } from './mix-colors.ts';
import { useGridSummary } from './use-grid-summary.ts';
import './grid-canvas.css';

const STOPS = 9;
/** As on the canvas: the diverging colour blended into the floor colour by √|v| (0 shows the plain floor). */
const DIVERGING_GRADIENT = `linear-gradient(to right, ${Array.from({ length: STOPS }, (_, i) => {
  const v = -1 + (2 * i) / (STOPS - 1);
  return `color-mix(in srgb, ${divergingColor(v)} ${Math.round(signedWeight(v) * 100)}%, var(--cell-floor))`;
}).join(', ')})`;
const SEQUENTIAL_GRADIENT = `linear-gradient(to right, ${Array.from({ length: STOPS }, (_, i) => sequentialColor(i / (STOPS - 1))).join(', ')})`;

const CELL_ITEMS: readonly { type: number; name: string; swatch: string; note?: string }[] = [
  { type: Cell.floor, name: 'Floor', swatch: 'floor' },
  { type: Cell.wall, name: 'Wall', swatch: 'wall' },
  { type: Cell.goal, name: 'Goal', swatch: 'goal', note: 'its reward; ends the episode' },
  { type: Cell.cliff, name: 'Cliff', swatch: 'cliff', note: 'penalty, back to the start' },
  { type: Cell.hole, name: 'Hole', swatch: 'hole', note: 'penalty, ends the episode' },
  { type: Cell.ice, name: 'Ice', swatch: 'ice', note: 'moves may slip sideways' },
];

function ScaleBar({ name, gradient, min, mid, max, note, description }: {
  name: string; gradient: string; min: string; mid?: string; max: string; note?: string; description: string;
}) {
  return (
    <div className="grid-legend__scale">
      <span className="grid-legend__scale-name">{name}</span>
      <span className="grid-legend__scale-bar-wrap" aria-hidden="true">
        <span className="grid-legend__scale-bar" style={{ background: gradient }} />
        <span className="grid-legend__scale-ticks tabular">
          <span>{min}</span>
          {mid !== undefined && <span>{mid}</span>}
          <span>{max}</span>
        </span>
      </span>
      {note && <span className="grid-legend__note" aria-hidden="true">{note}</span>}
      <span className="visually-hidden">{description}</span>
    </div>
  );
}

export function GridLegend() {
  const overlays = useUiStore((s) => s.overlays);
  const summary = useGridSummary();
  const kinds = summary?.cellKinds;
  const scales = summary?.scales;
  const signed = (max: number) => ({
    min: formatValue(-max), mid: '0', max: max > 0 ? `+${formatValue(max)}` : '0',
  });
  return (
    <div className="grid-legend" aria-label="Grid legend" role="group">
      <ul className="grid-legend__cells">
        {CELL_ITEMS.filter((item) => !kinds || kinds.has(item.type) || item.type === Cell.floor).map((item) => (
          <li key={item.name}>
            <span className={`grid-legend__swatch grid-legend__swatch--${item.swatch}`} aria-hidden="true" />
            {item.name}
            {item.note && <span className="grid-legend__note"> ({item.note})</span>}
          </li>
        ))}
        <li>
          <span className="grid-legend__swatch grid-legend__swatch--floor grid-legend__swatch--start" aria-hidden="true">S</span>
          Start
        </li>
        <li>
          <span className="grid-legend__swatch grid-legend__swatch--floor" aria-hidden="true">
            <span className="grid-legend__agent" />
          </span>
          Agent (its trail fades)
        </li>
        {summary?.hasWind && (
          <li>
            <span className="grid-legend__wind" aria-hidden="true">↑2</span>
            Wind: pushes the agent up that many cells in this column
          </li>
        )}
      </ul>
      {scales && (
        <div className="grid-legend__scales">
          {overlays.values && scales.hasValues && (
            <ScaleBar name="V(s)" gradient={DIVERGING_GRADIENT} {...signed(scales.valueMax)}
              description={`State values from blue (${formatValue(-scales.valueMax)}) through neutral (0) to orange (${formatValue(scales.valueMax)}).`} />
          )}
          {overlays.actionValues && scales.hasActionValues && (
            <ScaleBar name="Q(s,a)" gradient={DIVERGING_GRADIENT} {...signed(scales.actionValueMax)}
              description={`Action values, one triangle per move, from blue (${formatValue(-scales.actionValueMax)}) to orange (${formatValue(scales.actionValueMax)}).`} />
          )}
          {overlays.visits && scales.hasVisits && (
            <ScaleBar name="Visits (log)" gradient={SEQUENTIAL_GRADIENT} min="1" max={formatCount(Math.max(1, scales.visitsMax))}
              note="never visited: plain"
              description={`Visits per cell on a log scale, from dark purple (1) to yellow (${formatCount(scales.visitsMax)}); cells never visited stay plain.`} />
          )}
          {overlays.policy && scales.hasPolicy && (
            <div className="grid-legend__scale">
              <span className="grid-legend__scale-name">π(a|s)</span>
              <span className="grid-legend__arrow" aria-hidden="true">→</span>
              <span className="grid-legend__note">
                arrow length ∝ probability of the move; moves under {Math.round(POLICY_MIN_PROBABILITY * 100)}% not drawn
              </span>
            </div>
          )}
        </div>
      )}
    </div>
  );
}

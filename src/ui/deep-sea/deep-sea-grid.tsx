// The Deep Sea grid of the watched run: each cell shaded by how often the agent has entered it (log scale), the
// current episode's path (or the last one, early in an episode) drawn through the cells, the treasure marked, and
// optionally the agent's exploration bonus per cell instead of the visits.
import type { DeepSeaView } from '../../core/envs/deep-sea/deep-sea-env.ts';
import { heatFill, logShare } from '../theme/heat-shade.ts';

export type DeepSeaLayer = 'visits' | 'bonus';

interface Props {
  readonly view: DeepSeaView;
  /** Per state (row·N + column; the end state last): the agent's bonus, when the agent has one. */
  readonly bonus?: Float64Array;
  readonly layer: DeepSeaLayer;
  /** Goal cells to outline (the reward-free planning test). */
  readonly goals?: readonly number[];
}

const MAX_GRID_PX = 440;

export function DeepSeaGrid({ view, bonus, layer, goals }: Props) {
  const n = view.size;
  const cell = Math.max(8, Math.min(28, Math.floor(MAX_GRID_PX / n)));
  const width = n * cell;
  const values = layer === 'bonus' && bonus ? Array.from({ length: n * n }, (_, c) => bonus[c]) : view.visits;
  // Cells off the reachable triangle (column > row) are never entered and have no bonus to show.
  let max = 0;
  for (let r = 0; r < n; r++) for (let c = 0; c <= r; c++) max = Math.max(max, values[r * n + c]);
  const path = view.path.length > 1 ? view.path : view.lastPath;
  const center = (cellIndex: number) => [(cellIndex % n) * cell + cell / 2, Math.floor(cellIndex / n) * cell + cell / 2];
  const points = path.map((c) => center(c).join(',')).join(' ');
  const reached = view.firstSuccess !== null;
  const label = `${n}×${n} Deep Sea after ${view.episodes} episodes: ${view.visits.filter((v) => v > 0).length} cells visited, `
    + (reached ? `treasure first reached in episode ${view.firstSuccess}.` : 'treasure not reached yet.');
  return (
    <svg className="deep-sea-grid" width={width} height={width} viewBox={`0 0 ${width} ${width}`} role="img" aria-label={label}>
      {Array.from({ length: n * n }, (_, c) => {
        const row = Math.floor(c / n);
        const column = c % n;
        const reachable = column <= row;
        const share = reachable ? logShare(values[c], max) : 0;
        return (
          <rect
            key={c} x={column * cell} y={row * cell} width={cell} height={cell}
            className={reachable ? 'deep-sea-cell' : 'deep-sea-cell deep-sea-unreachable'}
            style={reachable ? heatFill(share) : undefined}
          >
            <title>{`Row ${row + 1}, column ${column + 1}: ${layer === 'bonus' ? `bonus ${values[c].toFixed(3)}` : `${view.visits[c]} visits`}`}</title>
          </rect>
        );
      })}
      {goals?.map((g) => (
        <rect key={`goal-${g}`} className="deep-sea-goal" x={(g % n) * cell + 2} y={Math.floor(g / n) * cell + 2} width={cell - 4} height={cell - 4} rx={2} />
      ))}
      <rect className="deep-sea-treasure" x={(n - 1) * cell + 1} y={(n - 1) * cell + 1} width={cell - 2} height={cell - 2} rx={3} />
      {path.length > 1 && <polyline className="deep-sea-path" points={points} />}
      {view.row < n && <circle className="deep-sea-agent" cx={view.column * cell + cell / 2} cy={view.row * cell + cell / 2} r={Math.max(3, cell / 4)} />}
    </svg>
  );
}

// RiverSwim of the watched run: the states in a row, shaded by how often the agent has entered them (log scale), the
// swimmer where it is now, the small reward at the left bank and the large one upstream.
import type { RiverSwimView } from '../../core/envs/river-swim/river-swim-env.ts';
import { heatFill, logShare } from '../theme/heat-shade.ts';

const MAX_CHAIN_PX = 560;

export function RiverSwimChain({ view }: { view: RiverSwimView }) {
  const n = view.size;
  const cell = Math.max(12, Math.min(56, Math.floor(MAX_CHAIN_PX / n)));
  const width = n * cell;
  const height = cell + 22;
  const max = Math.max(...view.visits);
  const label = `RiverSwim with ${n} states after ${view.episodes} episodes: the swimmer is in state ${view.position + 1}; `
    + (view.firstSuccess === null ? 'the upstream reward has not been reached yet.' : `upstream reward first reached in episode ${view.firstSuccess}.`);
  return (
    <svg className="river-swim-chain" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      {view.visits.map((visits, s) => (
        <rect
          key={s} x={s * cell} y={0} width={cell} height={cell} className="deep-sea-cell"
          style={heatFill(logShare(visits, max))}
        >
          <title>{`State ${s + 1}: ${visits} visits`}</title>
        </rect>
      ))}
      <rect className="river-swim-bank" x={1} y={1} width={cell - 2} height={cell - 2} rx={3} />
      <rect className="deep-sea-treasure" x={(n - 1) * cell + 1} y={1} width={cell - 2} height={cell - 2} rx={3} />
      <circle className="deep-sea-agent" cx={view.position * cell + cell / 2} cy={cell / 2} r={Math.max(3, cell / 5)} />
      <text className="river-swim-label" x={2} y={height - 4}>bank: 0.005</text>
      <text className="river-swim-label" x={width - 2} y={height - 4} textAnchor="end">upstream: 1</text>
    </svg>
  );
}

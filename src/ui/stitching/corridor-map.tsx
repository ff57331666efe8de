// The stitching demo's map (catalogue D8): the two corridors with the data's episodes drawn as faint lines (route A
// blue, route B orange), MBRCSL's model rollouts when it is watched (kept ones green, the rest grey), and the
// watched learner's path in one evaluation episode. Lines are spread a little across each corridor so that many
// episodes on one route read as a band rather than one line.
import { Cell, type GridLayout } from '../../core/envs/gridworld/grid-layout.ts';
import type { DatasetEpisode } from '../../core/data/offline-dataset.ts';
import { CORRIDOR_CELLS, PRIZE_REWARD } from '../../demos/stitching-world.ts';

const SIZE = 40;

interface Props {
  readonly layout: GridLayout;
  readonly episodes: readonly DatasetEpisode[];
  /** How many of the episodes, from the first, are route A's. */
  readonly routeA: number;
  readonly path?: Int32Array;
  readonly rollouts?: { readonly paths: readonly Int32Array[]; readonly kept: Uint8Array };
  readonly learner?: string;
}

/** A polyline through the cell centres, shifted by `offset` px (a spread of lines along one corridor). */
function points(cells: ArrayLike<number>, width: number, offset: number): string {
  const out: string[] = [];
  for (let i = 0; i < cells.length; i++) {
    const s = cells[i]!;
    out.push(`${(s % width) * SIZE + SIZE / 2 + offset},${Math.floor(s / width) * SIZE + SIZE / 2 + offset}`);
  }
  return out.join(' ');
}

/** A fixed spread of ±8 px from the line's index (no randomness in drawing). */
const spread = (i: number) => (((i * 7) % 17) - 8);

export function CorridorMap({ layout, episodes, routeA, path, rollouts, learner }: Props) {
  const { width, height, cells } = layout;
  const labels: [number, string][] = [
    [CORRIDOR_CELLS.start, 'S'], [CORRIDOR_CELLS.junction, 'J'], [CORRIDOR_CELLS.sideStart, 'B'],
    [CORRIDOR_CELLS.prize, `+${PRIZE_REWARD}`], [CORRIDOR_CELLS.goal, '+1'],
  ];
  const kept = rollouts ? rollouts.kept.reduce((n, k) => n + k, 0) : 0;
  return (
    <figure className="stitching-figure">
      <svg width={width * SIZE} height={height * SIZE} viewBox={`0 0 ${width * SIZE} ${height * SIZE}`} className="stitching-map" role="img"
        aria-label={`The two corridors: ${routeA} data episodes on route A, ${episodes.length - routeA} on route B${path ? `; ${learner ?? 'the learner'}'s evaluation path` : ''}.`}
        data-testid="corridor-map">
        {Array.from(cells, (c, s) => (
          <rect key={s} x={(s % width) * SIZE} y={Math.floor(s / width) * SIZE} width={SIZE} height={SIZE}
            className={c === Cell.wall ? 'stitching-wall' : c === Cell.goal ? 'stitching-goal' : 'stitching-floor'} />
        ))}
        {episodes.map((e, i) => (
          <polyline key={`d${i}`} points={points(e.observations, width, spread(i))} className={i < routeA ? 'stitching-route-a' : 'stitching-route-b'} />
        ))}
        {rollouts?.paths.map((p, i) => (
          <polyline key={`r${i}`} points={points(p, width, spread(i) * 0.8)} className={rollouts.kept[i] ? 'stitching-kept' : 'stitching-dropped'} />
        ))}
        {path && <polyline points={points(path, width, 0)} className="stitching-path" data-testid="learner-path" />}
        {labels.map(([s, text]) => (
          <text key={text} className="stitching-label" x={(s % width) * SIZE + SIZE / 2} y={Math.floor(s / width) * SIZE + SIZE / 2 + 5}>{text}</text>
        ))}
      </svg>
      <figcaption>
        <span className="stitching-key stitching-key-a" /> route A’s episodes (start → prize) ·{' '}
        <span className="stitching-key stitching-key-b" /> route B’s (side entrance → goal)
        {rollouts && <> · <span className="stitching-key stitching-key-kept" /> MBRCSL’s kept rollouts ({kept}) · <span className="stitching-key stitching-key-dropped" /> the rest</>}
        {path && <> · <span className="stitching-key stitching-key-path" /> {learner ?? 'the learner'} in one evaluation episode</>}
      </figcaption>
    </figure>
  );
}

// The dataset's (state, action) coverage on the map (catalogue D7): each cell split into four triangles, one per
// move (up, right, down, left), shaded by how often the data made that move there (log scale). A cell the data
// visits but where it never made some move has that triangle marked: those are the unseen actions whose Q values
// nothing in the data corrects. A hazard (NeoRL-2's safety constraint) is outlined.
import { Cell, type GridLayout } from '../../core/envs/gridworld/grid-layout.ts';
import { ACTION_NAMES, GRID_ACTIONS } from '../../core/envs/gridworld/grid-dynamics.ts';
import { heatFill, logShare } from '../theme/heat-shade.ts';

const SIZE = 26;

/** The triangle of move `a` in a cell whose top-left corner is (x, y): its apex at the centre. */
function triangle(a: number, x: number, y: number): string {
  const c = [x + SIZE / 2, y + SIZE / 2];
  const corners = [[x, y], [x + SIZE, y], [x + SIZE, y + SIZE], [x, y + SIZE]];
  const [p, q] = [corners[a]!, corners[(a + 1) % 4]!];
  return `${c[0]},${c[1]} ${p[0]},${p[1]} ${q[0]},${q[1]}`;
}

interface Props {
  readonly layout: GridLayout;
  readonly coverage: Float64Array;
  /** Cells a safety constraint forbids, outlined. */
  readonly hazards?: readonly number[];
}

export function CoverageMap({ layout, coverage, hazards = [] }: Props) {
  const { width, height, cells } = layout;
  const max = Math.max(...coverage);
  let unseen = 0;
  let visitedCells = 0;
  const shapes = [];
  for (let s = 0; s < width * height; s++) {
    const x = (s % width) * SIZE;
    const y = Math.floor(s / width) * SIZE;
    if (cells[s] === Cell.wall) {
      shapes.push(<rect key={s} className="coverage-wall" x={x} y={y} width={SIZE} height={SIZE} />);
      continue;
    }
    const counts = Array.from({ length: GRID_ACTIONS }, (_, a) => coverage[s * GRID_ACTIONS + a]!);
    const visited = counts.some((n) => n > 0);
    if (visited) visitedCells++;
    counts.forEach((n, a) => {
      const gap = visited && n === 0;
      if (gap) unseen++;
      shapes.push(
        <polygon key={`${s}:${a}`} points={triangle(a, x, y)} className={gap ? 'coverage-gap' : 'coverage-pair'} style={gap ? undefined : heatFill(logShare(n, max))}>
          <title>{`${ACTION_NAMES[a]} from (${s % width}, ${Math.floor(s / width)}): ${n.toLocaleString('en')} time${n === 1 ? '' : 's'}`}</title>
        </polygon>,
      );
    });
    if (cells[s] === Cell.goal) shapes.push(<text key={`g${s}`} className="coverage-label" x={x + SIZE / 2} y={y + SIZE / 2 + 4}>G</text>);
    if (s === layout.start) shapes.push(<text key={`s${s}`} className="coverage-label" x={x + SIZE / 2} y={y + SIZE / 2 + 4}>S</text>);
  }
  // Outlined on top of the triangles, so the moves made inside the hazard stay visible.
  for (const s of hazards) {
    shapes.push(<rect key={`h${s}`} className="coverage-hazard" x={(s % width) * SIZE + 1.5} y={Math.floor(s / width) * SIZE + 1.5} width={SIZE - 3} height={SIZE - 3} />);
  }
  return (
    <figure className="offline-figure">
      <svg width={width * SIZE} height={height * SIZE} viewBox={`0 0 ${width * SIZE} ${height * SIZE}`} role="img"
        aria-label={`Coverage: the data visits ${visitedCells} cells; in them, ${unseen} moves are never taken.`} data-testid="coverage-map">
        {shapes}
      </svg>
      <figcaption>
        Each cell’s four triangles are its four moves, darker the more often the data made them. Red: a move never made
        in a cell the data visits ({unseen} of them), where Q is pure extrapolation.{hazards.length > 0 && ' Outlined in orange: the hazard.'}
      </figcaption>
    </figure>
  );
}

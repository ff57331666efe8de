// min-k for every map of the suite, with and without distance shaping, at the demo's γ: computed exactly (k-QVI on
// each map's model) in a few milliseconds. The open map's row is marked.
import { useMemo } from 'react';
import { HORIZON_WORLDS } from '../../core/envs/gridworld/horizon-suite.ts';
import { MAX_K, suiteMinK } from '../../core/algorithms/suite-min-k.ts';

/**
 * Shaping and sticky moves together leave greedy-on-random a hair from optimal (3·10⁻⁵ of a value of 1 in empty-5):
 * exact min-k counts that gap, so that column asks for values within 0.1% of the optimum instead.
 */
export const BOTH_TOLERANCE = 1e-3;

export function MinKTable({ world, shaping, sticky, gamma }: { world: string; shaping: boolean; sticky: boolean; gamma: number }) {
  const rows = useMemo(
    () => HORIZON_WORLDS.map((w) => ({
      w, plain: suiteMinK(w, false, gamma), shaped: suiteMinK(w, true, gamma), stuck: suiteMinK(w, false, gamma, true),
      both: suiteMinK(w, true, gamma, true, BOTH_TOLERANCE),
    })),
    [gamma]);
  // The column of the settings on show.
  const column = shaping && sticky ? 'both' : shaping ? 'shaped' : sticky ? 'sticky' : 'plain';
  const show = (k: number | null) => (k === null ? `> ${MAX_K}` : String(k));
  return (
    <table className="min-k-table tabular">
      <caption>min-k on every map (γ = {gamma}): the sweeps of k-QVI needed before greedy is optimal</caption>
      <thead>
        <tr>
          <th scope="col">Map</th><th scope="col">plain</th><th scope="col">shaped</th><th scope="col">sticky</th>
          <th scope="col" title="Shaped and sticky: greedy within 0.1% of the optimal value counts as optimal">both, within 0.1%</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ w, plain, shaped, stuck, both }) => (
          <tr key={w} className={w === world ? 'min-k-current' : undefined}>
            <th scope="row">{w}{w === world ? ' (shown)' : ''}</th>
            <td className={w === world && column === 'plain' ? 'min-k-cell-current' : undefined}>{show(plain)}</td>
            <td className={w === world && column === 'shaped' ? 'min-k-cell-current' : undefined}>{show(shaped)}</td>
            <td className={w === world && column === 'sticky' ? 'min-k-cell-current' : undefined}>{show(stuck)}</td>
            <td className={w === world && column === 'both' ? 'min-k-cell-current' : undefined}>{show(both)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

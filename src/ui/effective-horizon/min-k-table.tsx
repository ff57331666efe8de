// min-k for every map of the suite, with and without distance shaping, at the demo's γ: computed exactly (k-QVI on
// each map's model) in a few milliseconds. The open map's row is marked.
import { useMemo } from 'react';
import { minK } from '../../core/algorithms/k-qvi.ts';
import { HORIZON_WORLDS, horizonModel, type HorizonWorld } from '../../core/envs/gridworld/horizon-suite.ts';

export const MAX_K = 30;

/** min-k of one suite map (null when greedy on Q^k is not optimal for any k ≤ MAX_K). */
export function suiteMinK(world: HorizonWorld, shaped: boolean, gamma: number, sticky = false): number | null {
  return minK(horizonModel(world, shaped, sticky), gamma, MAX_K);
}

export function MinKTable({ world, shaping, sticky, gamma }: { world: string; shaping: boolean; sticky: boolean; gamma: number }) {
  const rows = useMemo(
    () => HORIZON_WORLDS.map((w) => ({
      w, plain: suiteMinK(w, false, gamma), shaped: suiteMinK(w, true, gamma), stuck: suiteMinK(w, false, gamma, true),
    })),
    [gamma]);
  // The column of the settings on show (none when shaping and sticky moves are both on: not tabled).
  const column = shaping && sticky ? null : shaping ? 'shaped' : sticky ? 'sticky' : 'plain';
  const show = (k: number | null) => (k === null ? `> ${MAX_K}` : String(k));
  return (
    <table className="min-k-table tabular">
      <caption>min-k on every map (γ = {gamma}): the sweeps of k-QVI needed before greedy is optimal</caption>
      <thead>
        <tr><th scope="col">Map</th><th scope="col">plain</th><th scope="col">shaped</th><th scope="col">sticky</th></tr>
      </thead>
      <tbody>
        {rows.map(({ w, plain, shaped, stuck }) => (
          <tr key={w} className={w === world ? 'min-k-current' : undefined}>
            <th scope="row">{w}{w === world ? ' (shown)' : ''}</th>
            <td className={w === world && column === 'plain' ? 'min-k-cell-current' : undefined}>{show(plain)}</td>
            <td className={w === world && column === 'shaped' ? 'min-k-cell-current' : undefined}>{show(shaped)}</td>
            <td className={w === world && column === 'sticky' ? 'min-k-cell-current' : undefined}>{show(stuck)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

// The Whittle index of every arm in each of its two states (at the demo's γ): the subsidy for staying passive that
// makes acting and resting equally good. The index policy acts on the arms whose current state has the highest.
import type { RestlessView } from '../../core/envs/restless/restless-env.ts';
import type { WhittleTable as Table } from '../../core/agents/restless/whittle-index.ts';

export function WhittleTable({ view, table, gamma }: { view: RestlessView; table: Table; gamma: number }) {
  const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '—');
  const capacity = view.constraint === 'capacity';
  return (
    <table className="whittle-table tabular">
      <caption>Whittle index per arm and state (γ = {gamma}); bold: the arm’s current state</caption>
      <thead>
        <tr><th scope="col">Arm</th><th scope="col">bad</th><th scope="col">good</th>{capacity && <th scope="col">cost</th>}</tr>
      </thead>
      <tbody>
        {table.indices.map(([bad, good], arm) => (
          <tr key={arm}>
            <th scope="row">{arm + 1}{table.indexable[arm] ? '' : ' (not indexable)'}</th>
            <td className={view.states[arm] === 0 ? 'whittle-current' : undefined}>{fmt(bad)}</td>
            <td className={view.states[arm] === 1 ? 'whittle-current' : undefined}>{fmt(good)}</td>
            {capacity && <td>{view.costs[arm]}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

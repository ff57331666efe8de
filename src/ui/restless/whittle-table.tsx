// The Whittle index of every arm in each of its two states (at the demo's γ): the subsidy for staying passive that
// makes acting and resting equally good. The index policy acts on the arms whose current state has the highest.
// Under 'multi-type' a second pair of columns holds the index of the strong intervention (strong chain vs resting).
import type { RestlessView } from '../../core/envs/restless/restless-env.ts';
import type { WhittleTable as Table } from '../../core/agents/restless/whittle-index.ts';

interface Props {
  readonly view: RestlessView;
  readonly table: Table;
  /** The strong intervention's indices ('multi-type' only). */
  readonly strongTable?: Table | null;
  readonly gamma: number;
}

export function WhittleTable({ view, table, strongTable, gamma }: Props) {
  const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '—');
  const capacity = view.constraint === 'capacity';
  const current = (arm: number, state: number) => (view.states[arm] === state ? 'whittle-current' : undefined);
  return (
    <table className="whittle-table tabular">
      <caption>Whittle index per arm and state (γ = {gamma}); bold: the arm’s current state</caption>
      <thead>
        {strongTable && (
          <tr><td /><th scope="colgroup" colSpan={2}>cheap</th><th scope="colgroup" colSpan={2}>strong</th></tr>
        )}
        <tr>
          <th scope="col">Arm</th><th scope="col">bad</th><th scope="col">good</th>
          {strongTable && <><th scope="col">bad</th><th scope="col">good</th></>}
          {capacity && <th scope="col">cost</th>}
        </tr>
      </thead>
      <tbody>
        {table.indices.map(([bad, good], arm) => {
          const strong = strongTable?.indices[arm];
          const indexable = table.indexable[arm] && (strongTable?.indexable[arm] ?? true);
          return (
            <tr key={arm}>
              <th scope="row">{arm + 1}{indexable ? '' : ' (not indexable)'}</th>
              <td className={current(arm, 0)}>{fmt(bad)}</td>
              <td className={current(arm, 1)}>{fmt(good)}</td>
              {strong && <><td className={current(arm, 0)}>{fmt(strong[0])}</td><td className={current(arm, 1)}>{fmt(strong[1])}</td></>}
              {capacity && <td>{view.costs[arm]}</td>}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

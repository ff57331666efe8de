// Arms × time: each row an arm, each column one of the latest steps of the watched run, green when the arm was good
// and dark when bad, with a ring where the agent acted on it (a filled dot for a strong intervention under
// 'multi-type'). The newest step is on the right.
import type { RestlessView } from '../../core/envs/restless/restless-env.ts';

const CELL = 12;
const GAP = 1;
const LABEL_W = 46;
const LEVEL_TEXT: Record<number, string> = { 1: ', acted on', 2: ', strong intervention' };

export function RestlessRaster({ view }: { view: RestlessView }) {
  const steps = view.history;
  const width = LABEL_W + steps.length * (CELL + GAP);
  const height = view.n * (CELL + GAP) + 18;
  const first = view.t - steps.length + 1;
  const summary = `${view.n} arms over the last ${steps.length} steps: ${view.states.filter((s) => s === 1).length} good now.`;
  return (
    <div className="restless-raster-scroll">
      <svg className="restless-raster" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={summary}>
        {Array.from({ length: view.n }, (_, arm) => (
          <g key={arm}>
            <text className="restless-arm-label" x={LABEL_W - 6} y={arm * (CELL + GAP) + CELL - 3} textAnchor="end">arm {arm + 1}</text>
            {steps.map((step, k) => {
              const x = LABEL_W + k * (CELL + GAP);
              const y = arm * (CELL + GAP);
              const good = step.states[arm] === 1;
              const level = step.acted[arm];
              return (
                <g key={k}>
                  <rect className={good ? 'restless-cell restless-good' : 'restless-cell restless-bad'} x={x} y={y} width={CELL} height={CELL} rx={2}>
                    <title>{`Step ${first + k}, arm ${arm + 1}: ${good ? 'good' : 'bad'}${LEVEL_TEXT[level] ?? ''}`}</title>
                  </rect>
                  {level === 1 && <circle className="restless-acted" cx={x + CELL / 2} cy={y + CELL / 2} r={CELL / 2 - 2.5} />}
                  {level === 2 && <circle className="restless-strong" cx={x + CELL / 2} cy={y + CELL / 2} r={CELL / 2 - 2} />}
                </g>
              );
            })}
          </g>
        ))}
        {steps.length > 0 && (
          <>
            <text className="restless-arm-label" x={LABEL_W} y={height - 4}>step {Math.max(first, 1)}</text>
            <text className="restless-arm-label" x={width - 2} y={height - 4} textAnchor="end">step {view.t}</text>
          </>
        )}
      </svg>
    </div>
  );
}

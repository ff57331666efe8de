// The effective-horizon estimate (catalogue D19, §3.7) for the map on show: GORP, greedy over k-step action
// sequences each judged by m random rollouts, is run for k = min-k, min-k + 1, …, doubling m until it acts
// optimally in at least half of 8 runs; H̄ ≈ min_k (k + log₄ m_k). Off the main thread, k by k.
import { useEffect } from 'react';
import type { KTrial } from '../../core/algorithms/gorp.ts';
import { summarizeTrials, DEFAULT_HORIZON_ESTIMATE } from '../../core/algorithms/gorp.ts';
import type { HorizonWorld } from '../../core/envs/gridworld/horizon-suite.ts';
import { startHorizonEstimate } from '../../engine/worker/horizon-estimate-client.ts';
import type { FromHorizonEstimate, HorizonEstimateRequest } from '../../engine/worker/horizon-estimate-protocol.ts';
import { useWorkerTask } from '../hooks/use-worker-task.ts';
import { suiteMinK } from '../../core/algorithms/suite-min-k.ts';

interface Props {
  readonly world: HorizonWorld;
  readonly shaped: boolean;
  readonly sticky: boolean;
  readonly gamma: number;
  readonly seed: number;
}

const ACTIONS = 4;
const LIMIT = DEFAULT_HORIZON_ESTIMATE.maxRolloutsPerDecision;
/** The largest k GORP can try here: 4ᵏ sequences per decision within the rollout limit. */
const MAX_GORP_K = Math.floor(Math.log(DEFAULT_HORIZON_ESTIMATE.maxRolloutsPerDecision) / Math.log(ACTIONS));

/** The largest m tried at depth k: the largest power of 2 with 4ᵏ · m within the limit. */
const largestM = (k: number) => 2 ** Math.floor(Math.log2(LIMIT / ACTIONS ** k));

const formatH = (h: number) => (Number.isInteger(h) ? String(h) : h.toFixed(1));

export function HorizonEstimate({ world, shaped, sticky, gamma, seed }: Props) {
  const { items: trials, state, message, run: start, stop, clear } = useWorkerTask<HorizonEstimateRequest, FromHorizonEstimate, KTrial>(
    startHorizonEstimate, (m) => (m.type === 'trial' ? m.trial : undefined),
  );
  // A new map or setting makes the old estimate stale: stop it and clear it.
  useEffect(clear, [world, shaped, sticky, gamma]);

  const minK = suiteMinK(world, shaped, gamma, sticky);
  const tooDeep = minK !== null && minK > MAX_GORP_K;
  const run = () => start({ world, shaped, sticky, gamma, seed });
  const summary = summarizeTrials(trials);
  const best = trials.find((t) => t.k === summary.bestK);
  return (
    <section className="horizon-sweep" aria-label="Effective horizon">
      <div className="horizon-sweep-head">
        <h3>Effective horizon of this map (estimate)</h3>
        {state === 'running'
          ? <button type="button" onClick={stop}>Stop estimate</button>
          : <button type="button" onClick={run} disabled={tooDeep}>Estimate H̄</button>}
      </div>
      <p className="horizon-muted">
        GORP looks k moves ahead: at each step it tries every sequence of k moves, scores each by the mean return of m
        rollouts that follow it with random moves, and takes the best one’s first move. m_k is the fewest rollouts
        (1, 2, 4, …) with which it moves optimally all the way in at least 4 of 8 runs; the effective horizon is
        H̄ ≈ min over k of k + log₄ m_k. Small k is cheap but needs many rollouts to see small differences; k below
        min-k fails however many it gets.
      </p>
      {tooDeep && (
        <p className="horizon-muted" role="status">
          min-k is {minK} here: GORP would score 4^{minK} sequences at every step, more than this page tries. All that can
          be said is H̄ ≥ {minK}.
        </p>
      )}
      {state === 'error' && <p className="horizon-error" role="alert">The estimate stopped: {message}</p>}
      {trials.length > 0 && (
        <table className="min-k-table tabular" data-testid="horizon-estimate">
          <caption>GORP on {world}{shaped ? ' (shaped)' : ''}{sticky ? ' (sticky)' : ''}, γ = {gamma}</caption>
          <thead>
            <tr><th scope="col">k</th><th scope="col">m_k</th><th scope="col">k + log₄ m_k</th></tr>
          </thead>
          <tbody>
            {trials.map((t) => (
              <tr key={t.k} className={t.k === summary.bestK ? 'min-k-current' : undefined}>
                <th scope="row">{t.k}</th>
                <td>{t.m === null ? `> ${largestM(t.k).toLocaleString('en')}` : t.m.toLocaleString('en')}</td>
                <td>{t.horizon === null ? '—' : formatH(t.horizon)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {(state === 'done' || state === 'running') && (
        <p className="horizon-status" role="status">
          {state === 'running' && `Trying k = ${(trials.at(-1)?.k ?? (minK ?? 1) - 1) + 1}… `}
          {best && best.horizon !== null
            ? `H̄ ≈ ${formatH(best.horizon)}: k = ${best.k} with m = ${best.m!.toLocaleString('en')} rollouts per sequence${minK !== null ? ` (min-k = ${minK})` : ''}.`
            : state === 'done' && trials.length > 0
              ? `No k up to ${trials.at(-1)!.k} acted optimally with the rollouts tried (at most ${LIMIT.toLocaleString('en')} per step): H̄ > ${formatH(Math.log(LIMIT) / Math.log(ACTIONS))}.`
              : ''}
        </p>
      )}
    </section>
  );
}

// The Q table shared by the tabular learners: exploration policy (ε-greedy or softmax), state values and the
// overlay view. One table, flat: q[s * nActions + a].
import type { AgentView } from '../agent.ts';
import type { Rng } from '../../rng/rng.ts';
import {
  epsilonGreedyProbabilities, selectEpsilonGreedy, selectSoftmax, softmaxProbabilities, type ExplorationKind,
} from '../../algorithms/exploration-policies.ts';

export interface TabularSettings {
  readonly alpha: number;
  readonly gamma: number;
  readonly epsilon: number;
  /** ε-greedy unless the demo offers softmax. */
  readonly exploration?: ExplorationKind;
  /** Softmax temperature τ (used only with softmax exploration). */
  readonly temperature?: number;
  /** Every Q(s, a) before any update (0 unless set; optimistic values make the greedy choice try untried actions). */
  readonly initialValue?: number;
}

export class TabularActionValues {
  readonly q: Float64Array;
  readonly visits: Float64Array;
  /** π(·|s) of the last policyRow() call. */
  readonly row: Float64Array;

  constructor(readonly nStates: number, readonly nActions: number, public settings: TabularSettings, private readonly rng: Rng) {
    this.q = new Float64Array(nStates * nActions).fill(settings.initialValue ?? 0);
    this.visits = new Float64Array(nStates * nActions);
    this.row = new Float64Array(nActions);
  }

  private get softmax(): boolean {
    return this.settings.exploration === 'softmax';
  }

  /** Sample an action from the behaviour policy in state s. */
  select(s: number): number {
    const base = s * this.nActions;
    return this.softmax
      ? selectSoftmax(this.q, base, this.nActions, this.settings.temperature ?? 1, this.rng, this.row)
      : selectEpsilonGreedy(this.q, base, this.nActions, this.settings.epsilon, this.rng);
  }

  /** π(·|s) of the behaviour policy, written into this.row. */
  policyRow(s: number): Float64Array {
    const base = s * this.nActions;
    return this.softmax
      ? softmaxProbabilities(this.q, base, this.nActions, this.settings.temperature ?? 1, this.row)
      : epsilonGreedyProbabilities(this.q, base, this.nActions, this.settings.epsilon, this.row);
  }

  maxValue(s: number): number {
    let best = -Infinity;
    for (let a = 0; a < this.nActions; a++) best = Math.max(best, this.q[s * this.nActions + a]);
    return best;
  }

  /** V(s) = Σ_a π(a|s)·Q(s,a) under the behaviour policy (the on-policy value SARSA estimates). */
  policyValue(s: number): number {
    const pi = this.policyRow(s);
    let v = 0;
    for (let a = 0; a < this.nActions; a++) v += pi[a] * this.q[s * this.nActions + a];
    return v;
  }

  /** Overlay snapshot; `onPolicy` picks V = Σπ·Q (SARSA family) rather than max Q (Q-learning family). */
  view(onPolicy: boolean): AgentView {
    const values = new Float64Array(this.nStates);
    const policy = new Float64Array(this.nStates * this.nActions);
    for (let s = 0; s < this.nStates; s++) {
      values[s] = onPolicy ? this.policyValue(s) : this.maxValue(s);
      policy.set(this.policyRow(s), s * this.nActions);
    }
    return {
      kind: 'tabular', nStates: this.nStates, nActions: this.nActions,
      values, actionValues: this.q.slice(), policy, visits: this.visits.slice(),
    };
  }
}

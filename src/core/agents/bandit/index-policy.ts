// The shape every index policy shares (UCB1, KL-UCB, MEX): sample-average estimates and pull counts per arm, an
// index computed from them for the pull being chosen, and the arm with the highest index pulled (ties at random).
// Each algorithm supplies only its index; the view shows the index and its bonus over the estimate.
import type { AgentContext, Learner, Transition, AgentView } from '../agent.ts';
import { incrementalUpdate } from '../../algorithms/bandit-estimates.ts';
import { argmaxRandomTies } from '../../rng/sampling.ts';
import { spaceSize } from '../../spaces/space.ts';

export interface IndexPolicy<S> {
  /** The index of an arm with sample mean `estimate` after `pulls` pulls, for pull number t (1-based). */
  readonly index: (estimate: number, pulls: number, t: number, settings: S) => number;
  readonly indexLabel: string;
  /** Validates settings at creation and on every live change (throws a RangeError with a clear message). */
  readonly check?: (settings: S) => void;
}

export function createIndexPolicyBandit<S>(ctx: AgentContext, initial: S, policy: IndexPolicy<S>): Learner<S> {
  policy.check?.(initial);
  const arms = spaceSize(ctx.actionSpace);
  let settings = initial;
  const estimates = new Float64Array(arms);
  const pulls = new Float64Array(arms);
  const scores = new Float64Array(arms);
  let t = 0;

  // The indices the next act() ranks by: t + 1 is the pull it chooses.
  const computeIndices = (out: Float64Array): Float64Array => {
    for (let a = 0; a < arms; a++) out[a] = policy.index(estimates[a], pulls[a], t + 1, settings);
    return out;
  };

  return {
    kind: 'learner',
    act: () => argmaxRandomTies(computeIndices(scores), ctx.rng),
    learn(tr: Transition) {
      t++;
      pulls[tr.action]++;
      estimates[tr.action] = incrementalUpdate(estimates[tr.action], tr.reward, 1 / pulls[tr.action]);
    },
    setParams(next) {
      policy.check?.(next);
      settings = next;
    },
    stateValue: () => Math.max(...estimates),
    view(): AgentView {
      const indices = computeIndices(new Float64Array(arms));
      return {
        kind: 'bandit', nActions: arms, estimates: estimates.slice(), pulls: pulls.slice(),
        uncertainty: indices.map((u, a) => u - estimates[a]), uncertaintyKind: 'bonus',
        indices, indexLabel: policy.indexLabel,
      };
    },
  };
}

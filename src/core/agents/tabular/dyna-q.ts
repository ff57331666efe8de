// Tabular Dyna-Q (Sutton 1990; S&B §8.2): a Q-learning update from each real step, a deterministic model that
// remembers the last (r, s', terminated) seen for each (s, a), then n planning updates from random remembered pairs.
import type { AgentContext, Learner, Transition } from '../agent.ts';
import { discountFor, qLearningTdError } from '../../algorithms/td-errors.ts';
import { spaceSize } from '../../spaces/space.ts';
import { TabularActionValues, type TabularSettings } from './tabular-action-values.ts';

export interface DynaQSettings extends TabularSettings {
  /** n: simulated updates per real step (0 = plain Q-learning). */
  readonly planningSteps: number;
}

export function createDynaQ(ctx: AgentContext, settings: DynaQSettings): Learner<DynaQSettings> {
  const table = new TabularActionValues(spaceSize(ctx.observationSpace), spaceSize(ctx.actionSpace), settings, ctx.rng);
  let current = settings;
  const { q, visits, nActions } = table;
  const size = table.nStates * nActions;
  const modelNext = new Int32Array(size);
  const modelReward = new Float64Array(size);
  const modelTerminated = new Uint8Array(size);
  const known = new Uint8Array(size);
  // Observed (s, a) pairs as a dense list, so a uniform draw among them is O(1).
  const observed = new Int32Array(size);
  let observedCount = 0;

  const update = (s: number, a: number, r: number, terminated: boolean, next: number) => {
    const delta = qLearningTdError(q, nActions, s, a, r, discountFor(terminated, current.gamma), next);
    q[s * nActions + a] += current.alpha * delta;
  };

  return {
    kind: 'learner',
    act: (s) => table.select(s),
    learn(t: Transition) {
      const i = t.obs * nActions + t.action;
      update(t.obs, t.action, t.reward, t.terminated, t.nextObs);
      visits[i]++;
      if (!known[i]) { known[i] = 1; observed[observedCount++] = i; }
      modelNext[i] = t.nextObs;
      modelReward[i] = t.reward;
      modelTerminated[i] = t.terminated ? 1 : 0;
      for (let k = 0; k < current.planningSteps; k++) {
        const j = observed[ctx.rng.int(observedCount)];
        update(Math.floor(j / nActions), j % nActions, modelReward[j], modelTerminated[j] === 1, modelNext[j]);
      }
    },
    setParams(next) { current = next; table.settings = next; },
    stateValue: (s) => table.maxValue(s),
    view: () => table.view(false),
  };
}

// SQIRL, tabular (Laidlaw et al. 2023, "shallow Q-iteration via reinforcement learning"; catalogue §3.7). The policy
// is learned one timestep at a time. In stage i it collects m episodes that follow the policy learned so far for the
// timesteps before i and act at random from timestep i on. From those episodes it fits, by averaging (the tabular
// regression):
//   Q¹ at timestep i + k − 1: the discounted return of the random continuation from there (Monte Carlo)
//   Q^{j+1} at timestep i + k − 1 − j: r + γ·max_a′ Q^j(s′, a′) at the next timestep (0 after a terminal step)
// and sets the policy at timestep i to the greedy action of Q^k there. So each stage needs only k steps of fitted
// Q-iteration on top of random rollouts: it works when min-k ≤ k. Stages stop once no episode of a stage reaches
// its timestep (the learned policy ends episodes before it); later timesteps act at random.
//
// The agent counts timesteps itself (it is told when an episode ends). A state never seen at a timestep acts at
// random there.
import type { AgentContext, AgentView, Learner, Transition } from '../agent.ts';
import { spaceSize } from '../../spaces/space.ts';
import { checkInRange, checkPositiveInt } from '../settings-checks.ts';
import { maxValue, tableRegression, type FittedQ, type QRegression, type QSample } from './sqirl-regression.ts';

export interface SqirlSettings {
  readonly gamma: number;
  /** Steps of fitted Q-iteration per stage (the paper's k). */
  readonly k: number;
  /** Episodes collected per stage (the paper's m). */
  readonly episodesPerStage: number;
  /** The longest episode, in steps: the number of stages at most. */
  readonly horizon: number;
}

function checkSettings(s: SqirlSettings): void {
  checkInRange('SQIRL', 'gamma', s.gamma, 0, 1);
  checkPositiveInt('SQIRL', 'k', s.k);
  checkPositiveInt('SQIRL', 'episodesPerStage', s.episodesPerStage);
  checkPositiveInt('SQIRL', 'horizon', s.horizon);
}

interface Step {
  readonly s: number;
  readonly a: number;
  readonly r: number;
  readonly terminated: boolean;
}

/** SQIRL with the tabular regression, or with the one given (e.g. a network's, neural-sqirl.ts). */
export function createSqirl(ctx: AgentContext, initial: SqirlSettings, regression?: QRegression): Learner<SqirlSettings> {
  checkSettings(initial);
  let s = initial;
  const nStates = spaceSize(ctx.observationSpace);
  const nActions = spaceSize(ctx.actionSpace);
  const regress = regression ?? tableRegression(nStates, nActions);
  const { rng } = ctx;
  // policy[t][state]: the greedy action at timestep t, or −1 (act at random).
  const policy: Int32Array[] = [];
  let stage = 0;
  let done = false;
  let t = 0;
  let episode: Step[] = [];
  let batch: Step[][] = [];

  /** Fit the stage's k estimates backwards from timestep stage + k − 1 and set the policy at timestep `stage`. */
  function fitStage(): void {
    const top = stage + s.k - 1;
    let next: FittedQ | null = null;
    let reached = false;
    for (let tau = top; tau >= stage; tau--) {
      const samples: QSample[] = [];
      for (const ep of batch) {
        if (tau >= ep.length) continue;
        const step = ep[tau];
        let target: number;
        if (next === null) {
          // Q¹: the discounted return of the random continuation from tau.
          target = 0;
          for (let u = ep.length - 1; u >= tau; u--) target = ep[u].r + s.gamma * target;
        } else {
          const after = step.terminated || tau + 1 >= ep.length ? null : maxValue(next, ep[tau + 1].s, nActions);
          // Where the next timestep has no estimate, the sampled continuation stands in for it.
          let continuation = 0;
          if (!step.terminated && tau + 1 < ep.length) {
            if (after !== null) continuation = after;
            else for (let u = ep.length - 1; u > tau; u--) continuation = ep[u].r + s.gamma * continuation;
          }
          target = step.r + s.gamma * continuation;
        }
        samples.push({ s: step.s, a: step.a, target });
      }
      if (tau === stage) reached = samples.length > 0;
      next = regress(samples, `stage${stage}/t${tau}`);
    }
    // The greedy action wherever the fit has an estimate (the table: states the stage's episodes reached at its
    // timestep; a network: every state), ties at random.
    const greedy = new Int32Array(nStates).fill(-1);
    for (let state = 0; state < nStates; state++) {
      let best = -Infinity;
      let ties = 0;
      let choice = -1;
      for (let a = 0; a < nActions; a++) {
        const q = next!.value(state, a);
        if (q === null) continue;
        if (q > best + 1e-12) { best = q; choice = a; ties = 1; } else if (Math.abs(q - best) <= 1e-12 && rng.int(++ties) === 0) choice = a;
      }
      greedy[state] = choice;
    }
    policy[stage] = greedy;
    // No episode of this stage reached its timestep: the learned policy already ends every episode before it.
    if (!reached || stage + 1 >= s.horizon) done = true;
    else stage++;
  }

  return {
    kind: 'learner',

    act(obs: number): number {
      const table = policy[t];
      const learned = table && (t < stage || done) ? table[obs] : -1;
      return learned >= 0 ? learned : rng.int(nActions);
    },

    learn(tr: Transition): void {
      episode.push({ s: tr.obs, a: tr.action, r: tr.reward, terminated: tr.terminated });
      t++;
      if (!tr.terminated && !tr.truncated) return;
      if (!done) {
        batch.push(episode);
        if (batch.length >= s.episodesPerStage) {
          fitStage();
          batch = [];
        }
      }
      episode = [];
      t = 0;
    },

    setParams(next: SqirlSettings): void {
      checkSettings(next);
      // k, m and the horizon shape the stages from now on; what was learned is kept.
      s = next;
    },

    view(): AgentView {
      // Arrows: for each state, the action learned at the earliest timestep that has one.
      const pi = new Float64Array(nStates * nActions).fill(1 / nActions);
      for (let state = 0; state < nStates; state++) {
        for (const table of policy) {
          if (table && table[state] >= 0) {
            pi.fill(0, state * nActions, (state + 1) * nActions);
            pi[state * nActions + table[state]] = 1;
            break;
          }
        }
      }
      return { kind: 'tabular', nStates, nActions, policy: pi };
    },
  };
}

// UCB1 (Auer, Cesa-Bianchi & Fischer 2002; S&B eq. 2.10): pull each arm once, then argmax Q(a) + c·sqrt(ln t / N(a))
// over sample-average estimates. c = √2 is Auer's constant; S&B Figure 2.4 uses c = 2; c = 0 is greedy.
import type { AgentContext, Learner, Transition, AgentView } from '../agent.ts';
import { incrementalUpdate, ucbScore } from '../../algorithms/bandit-estimates.ts';
import { argmaxRandomTies } from '../../rng/sampling.ts';
import { spaceSize } from '../../spaces/space.ts';

export interface Ucb1Settings {
  readonly c: number;
}

export function createUcb1(ctx: AgentContext, initial: Ucb1Settings): Learner<Ucb1Settings> {
  const arms = spaceSize(ctx.actionSpace);
  let settings = initial;
  const estimates = new Float64Array(arms);
  const pulls = new Float64Array(arms);
  const scores = new Float64Array(arms);
  let t = 0;
  // The bonus the next act() adds: t + 1 is the pull it chooses, as in act().
  const bonus = (a: number) => (pulls[a] === 0 ? Infinity : settings.c * Math.sqrt(Math.log(t + 1) / pulls[a]));
  return {
    kind: 'learner',
    act() {
      // t counts this pull, so the first pull after every arm has been tried has ln t > 0.
      for (let a = 0; a < arms; a++) scores[a] = ucbScore(estimates[a], pulls[a], t + 1, settings.c);
      return argmaxRandomTies(scores, ctx.rng);
    },
    learn(tr: Transition) {
      t++;
      pulls[tr.action]++;
      estimates[tr.action] = incrementalUpdate(estimates[tr.action], tr.reward, 1 / pulls[tr.action]);
    },
    setParams(next) { settings = next; },
    stateValue: () => Math.max(...estimates),
    view: (): AgentView => ({
      kind: 'bandit', nActions: arms, estimates: estimates.slice(), pulls: pulls.slice(),
      uncertainty: Float64Array.from({ length: arms }, (_, a) => bonus(a)), uncertaintyKind: 'bonus',
    }),
  };
}

// Going back with a goal-conditioned policy instead of restoring a state (policy-based Go-Explore, Ecoffet et al.
// 2021; catalogue D3's third return mode): a tabular Q(s, g, a) learns to reach each archive cell g, and the return
// walks from the start by following it. Every transition, whichever phase it came from, updates every goal at once
// (Kaelbling's all-goals updating, which hindsight relabelling later made popular):
//   Q(s, g, a) += α (r_g + γ · [s′ not in g] · max_a′ Q(s′, g, a′) − Q(s, g, a)),   r_g = 1 if s′ is in cell g else 0,
// so what random exploration stumbles on teaches the way to every cell. A return that runs out of steps explores
// from wherever it ended.
import type { Rng } from '../../rng/rng.ts';

export interface GoalReturnSettings {
  readonly alpha: number;
  readonly gamma: number;
  /** Chance of a random move while returning. */
  readonly epsilon: number;
}

export const DEFAULT_GOAL_RETURN: GoalReturnSettings = { alpha: 0.5, gamma: 0.95, epsilon: 0.05 };

export class GoalConditionedReturn {
  private readonly goals = new Map<string, Float32Array>();

  constructor(
    private readonly nStates: number, private readonly nActions: number, private readonly cellOf: (state: number) => string,
    private readonly settings: GoalReturnSettings = DEFAULT_GOAL_RETURN,
  ) {}

  get goalCount(): number {
    return this.goals.size;
  }

  /** Starts learning the way to a cell (its values start at 0). */
  addGoal(key: string): void {
    if (!this.goals.has(key)) this.goals.set(key, new Float32Array(this.nStates * this.nActions));
  }

  /** Q(s, g, ·) for a goal, or null for an unknown goal. */
  values(goal: string, state: number): Float32Array | null {
    const q = this.goals.get(goal);
    return q ? q.subarray(state * this.nActions, (state + 1) * this.nActions) : null;
  }

  /** One transition, for every goal. `ended`: the episode ended at s′ (no bootstrap for any goal). */
  observe(state: number, action: number, next: number, ended: boolean): void {
    const { alpha, gamma } = this.settings;
    const A = this.nActions;
    const reached = this.cellOf(next);
    for (const [goal, q] of this.goals) {
      const hit = goal === reached;
      let target = hit ? 1 : 0;
      if (!hit && !ended) {
        let best = q[next * A]!;
        for (let a = 1; a < A; a++) best = Math.max(best, q[next * A + a]!);
        target += gamma * best;
      }
      const i = state * A + action;
      q[i] = q[i]! + alpha * (target - q[i]!);
    }
  }

  /** ε-greedy on Q(s, g, ·), ties at random (an unlearned goal is a random walk). */
  act(state: number, goal: string, rng: Rng): number {
    const q = this.values(goal, state);
    if (!q || rng.uniform() < this.settings.epsilon) return rng.int(this.nActions);
    let best = -Infinity;
    let choice = 0;
    let ties = 0;
    for (let a = 0; a < this.nActions; a++) {
      if (q[a]! > best) { best = q[a]!; choice = a; ties = 1; } else if (q[a] === best && rng.int(++ties) === 0) choice = a;
    }
    return choice;
  }
}

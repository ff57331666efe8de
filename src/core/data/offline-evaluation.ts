// Offline RL's score (catalogue D7): run the learned policy online in the true environment and normalise its mean
// discounted return so that the random policy scores 0 and an optimal one 100 (the dataset's reference returns).
// Policies that carry a state through an episode (RCSL's return-to-go) act through an EpisodeActor.
import type { Rng } from '../rng/rng.ts';
import { sampleOutcome, type TabularModel } from '../envs/tabular-model.ts';
import { ActionDelay } from './action-delay.ts';

/** One episode's policy: it may remember what happened (RCSL subtracts each reward from the return it asked for). */
export interface EpisodeActor {
  act(state: number): number;
  observe?(reward: number): void;
}

export interface Evaluation {
  /** Mean discounted return from the start. */
  readonly value: number;
  /** Mean undiscounted return (what a return-conditioned policy is asked for). */
  readonly meanReturn: number;
  /** Share of episodes that ended in the world's best goal (its largest terminal reward). */
  readonly success: number;
  /** Share of episodes that entered a hazard cell at least once (0 when the world has none). */
  readonly hazard: number;
  /** The cells of the first episode, start first. */
  readonly path: Int32Array;
}

/** The largest reward of a transition that ends an episode (the best goal); −∞ when nothing ends. */
export function bestTerminalReward(model: TabularModel): number {
  let best = -Infinity;
  for (let k = 0; k < model.ends.length; k++) if (model.ends[k] && model.prob[k]! > 0) best = Math.max(best, model.reward[k]!);
  return best;
}

/** What the world adds to its model, as a dataset records it (DatasetMeta has these fields). */
export interface EvaluationWorld {
  /** Start cells, each run equally often (absent: the model's start). */
  readonly starts?: readonly number[];
  /** Steps between a choice and its move (absent: 0). */
  readonly delay?: number;
  /** Cells a safety constraint forbids: entering one costs no reward, but it is counted. */
  readonly hazards?: readonly number[];
}

/**
 * Run `episodes` episodes, each with a fresh actor and at most `horizon` steps, from the start or, given `starts`,
 * from each of them in turn, rounding the episodes up to a whole number of rounds (so every start counts equally
 * and, in a deterministic world, an optimal policy scores exactly its references' mean). With a `delay` each move
 * is carried out that many steps after the actor chose it, and the actor sees only its cell, as the learners do.
 */
export function evaluateActor(
  model: TabularModel, newActor: () => EpisodeActor, gamma: number, horizon: number, episodes: number, rng: Rng,
  world: EvaluationWorld = {},
): Evaluation {
  const { starts, delay = 0 } = world;
  const hazards = new Set(world.hazards ?? []);
  let unsafe = 0;
  const best = bestTerminalReward(model);
  let returns = 0;
  let undiscounted = 0;
  let successes = 0;
  const path: number[] = [];
  const total = starts ? Math.ceil(episodes / starts.length) * starts.length : episodes;
  for (let e = 0; e < total; e++) {
    const actor = newActor();
    const inFlight = new ActionDelay(delay);
    let s = starts ? starts[e % starts.length]! : model.start;
    let entered = false;
    if (e === 0) path.push(s);
    let discount = 1;
    for (let t = 0; t < horizon; t++) {
      const move = inFlight.command(actor.act(s));
      if (move === null) {
        // Waiting for the first move to arrive: nothing happens, reward 0.
        actor.observe?.(0);
        if (e === 0) path.push(s);
        discount *= gamma;
        continue;
      }
      const k = sampleOutcome(model, s, move, rng.uniform());
      const r = model.reward[k]!;
      returns += discount * r;
      undiscounted += r;
      actor.observe?.(r);
      if (e === 0) path.push(model.next[k]!);
      if (hazards.has(model.next[k]!)) entered = true;
      if (model.ends[k]) {
        if (r === best) successes++;
        break;
      }
      discount *= gamma;
      s = model.next[k]!;
    }
    if (entered) unsafe++;
  }
  return {
    value: returns / total, meanReturn: undiscounted / total, success: successes / total, hazard: unsafe / total, path: Int32Array.from(path),
  };
}

/** Mean discounted return from the start over `episodes` episodes of `policy` (each at most `horizon` steps). */
export function evaluatePolicy(
  model: TabularModel, policy: (state: number) => number, gamma: number, horizon: number, episodes: number, rng: Rng,
): number {
  return evaluateActor(model, () => ({ act: policy }), gamma, horizon, episodes, rng).value;
}

/** 100 · (return − random) / (expert − random). */
export function normalizedScore(value: number, references: { readonly random: number; readonly expert: number }): number {
  return (100 * (value - references.random)) / (references.expert - references.random);
}

// MBRCSL's synthetic data (catalogue §3.3; Zhou et al., model-based return-conditioned supervised learning), with
// tabular counts as the toy's models:
//   1. an ensemble of dynamics models P̂, each the outcome counts of a bootstrap resample of the data's transitions,
//      and the behaviour policy π_b, the data's own action frequencies in each state (so it keeps every mode: at a
//      junction it still takes both ways);
//   2. N rollouts of π_b in P̂ from the data's start states, each step's outcome drawn from a random member;
//   3. keep the top ρ of them by (undiscounted) return.
// Rollouts can join a piece of one episode to a piece of another where they share a state: that is how a return
// no single episode earned appears, and RCSL trained on the kept rollouts can ask for it.
import type { Rng } from '../rng/rng.ts';
import type { DatasetEpisode, OfflineDataset } from './offline-dataset.ts';
import { flattenTransitions, sampleRows } from './transition-batch.ts';

export interface RolloutSettings {
  /** Rollouts to make (N). */
  readonly rollouts: number;
  /** Share of them, best first, to keep (ρ ∈ (0, 1]). */
  readonly keepFraction: number;
  /** Models in the ensemble. */
  readonly ensemble: number;
  /** Steps before a rollout is cut. */
  readonly horizon: number;
}

export interface ModelRollouts {
  /** Every rollout, in the order made. */
  readonly episodes: readonly DatasetEpisode[];
  /** Their undiscounted returns. */
  readonly returns: Float64Array;
  /** 1 for the rollouts kept. */
  readonly kept: Uint8Array;
  /** The kept rollouts, best first. */
  readonly keptEpisodes: readonly DatasetEpisode[];
  /** The best kept return (what MBRCSL's policy is asked for). */
  readonly bestReturn: number;
}

interface Outcome { readonly next: number; readonly reward: number; readonly terminated: boolean; count: number }
/** One model: for each (s · A + a) the outcomes seen, with counts. */
type CountModel = Map<number, Outcome[]>;

function fitCounts(data: ReturnType<typeof flattenTransitions>, rows: ArrayLike<number>, nActions: number): CountModel {
  const model: CountModel = new Map();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const key = data.states[r]! * nActions + data.actions[r]!;
    const next = data.nextStates[r]!;
    const reward = data.rewards[r]!;
    const terminated = data.terminated[r] === 1;
    const outcomes = model.get(key) ?? [];
    const same = outcomes.find((o) => o.next === next && o.reward === reward && o.terminated === terminated);
    if (same) same.count++;
    else outcomes.push({ next, reward, terminated, count: 1 });
    model.set(key, outcomes);
  }
  return model;
}

function drawOutcome(outcomes: readonly Outcome[], u: number): Outcome {
  const total = outcomes.reduce((n, o) => n + o.count, 0);
  let acc = 0;
  for (const o of outcomes) if (u * total < (acc += o.count)) return o;
  return outcomes[outcomes.length - 1]!;
}

export function checkRolloutSettings(s: RolloutSettings): void {
  if (!(Number.isInteger(s.rollouts) && s.rollouts >= 1)) throw new RangeError(`MBRCSL needs a whole number ≥ 1 of rollouts, got ${s.rollouts}`);
  if (!(s.keepFraction > 0 && s.keepFraction <= 1)) throw new RangeError(`MBRCSL keeps a share in (0, 1] of its rollouts, got ${s.keepFraction}`);
  if (!(Number.isInteger(s.ensemble) && s.ensemble >= 1)) throw new RangeError(`MBRCSL's ensemble needs a whole number ≥ 1 of models, got ${s.ensemble}`);
}

export function modelRollouts(dataset: OfflineDataset, settings: RolloutSettings, rng: Rng): ModelRollouts {
  checkRolloutSettings(settings);
  const { nStates, nActions } = dataset.meta;
  const data = flattenTransitions(dataset.episodes);
  if (data.count === 0) throw new RangeError('MBRCSL needs at least one transition');
  // One member on all the data; more members each on a bootstrap resample, so they disagree where data is thin.
  const members: CountModel[] = [];
  for (let m = 0; m < settings.ensemble; m++) {
    const rows = settings.ensemble === 1 ? Int32Array.from({ length: data.count }, (_, i) => i) : sampleRows(data.count, data.count, rng);
    members.push(fitCounts(data, rows, nActions));
  }
  const behaviour = new Float64Array(nStates * nActions);
  for (let i = 0; i < data.count; i++) behaviour[data.states[i]! * nActions + data.actions[i]!]! += 1;
  const starts = dataset.episodes.filter((e) => e.actions.length > 0).map((e) => e.observations[0]!);

  const episodes: DatasetEpisode[] = [];
  const returns = new Float64Array(settings.rollouts);
  for (let n = 0; n < settings.rollouts; n++) {
    let s = starts[rng.int(starts.length)]!;
    const observations = [s];
    const actions: number[] = [];
    const rewards: number[] = [];
    let terminated = false;
    for (let t = 0; t < settings.horizon; t++) {
      const a = sampleBehaviour(behaviour, s, nActions, rng.uniform());
      // A member that never saw (s, a) cannot say what follows: the rollout stops there (cut, not ended).
      const outcomes = a < 0 ? undefined : members[rng.int(members.length)]!.get(s * nActions + a);
      if (!outcomes) break;
      const o = drawOutcome(outcomes, rng.uniform());
      actions.push(a);
      rewards.push(o.reward);
      observations.push(o.next);
      s = o.next;
      if (o.terminated) { terminated = true; break; }
    }
    episodes.push({ observations, actions, rewards, terminated, truncated: !terminated });
    returns[n] = rewards.reduce((g, r) => g + r, 0);
  }
  const ranked = Array.from(returns.keys()).sort((i, j) => returns[j]! - returns[i]! || i - j);
  const keep = ranked.slice(0, Math.max(1, Math.round(settings.keepFraction * settings.rollouts)));
  const kept = new Uint8Array(settings.rollouts);
  for (const i of keep) kept[i] = 1;
  return { episodes, returns, kept, keptEpisodes: keep.map((i) => episodes[i]!), bestReturn: returns[keep[0]!]! };
}

/** An action drawn from the data's frequencies in state s, or −1 where the data never acted. */
function sampleBehaviour(counts: Float64Array, s: number, nActions: number, u: number): number {
  let total = 0;
  for (let a = 0; a < nActions; a++) total += counts[s * nActions + a]!;
  if (total === 0) return -1;
  let acc = 0;
  for (let a = 0; a < nActions; a++) if (u * total < (acc += counts[s * nActions + a]!)) return a;
  return nActions - 1;
}

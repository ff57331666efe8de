// GORP, "greedy over random policy" (Laidlaw et al. 2023; catalogue §3.7), and the effective-horizon estimate built
// on it. At each state GORP tries every sequence of k actions, estimates each by m samples of its return when the
// sequence is followed by random actions to the end of the episode, and takes the first action of the best one.
// As m grows the estimates tend to Qᵏ-like values, so GORP needs k ≥ min-k; how large m must be measures how
// hard the gaps between actions are to see through the noise of random rollouts. The effective horizon is then
//   H̄ = min_k ( k + log_|A| m_k ),
// with m_k the smallest m (of 1, 2, 4, …) for which GORP acts optimally in at least half of its runs, the authors'
// criterion. Costs grow as |A|ᵏ · m rollouts per decision, so only small k are tried.
import type { Rng } from '../rng/rng.ts';
import { sampleOutcome, type TabularModel } from '../envs/tabular-model.ts';
import { optimalValues, qFromValues } from './k-qvi.ts';

export interface GorpSettings {
  readonly k: number;
  readonly m: number;
  readonly gamma: number;
  /** Steps per episode (rollouts end there too). */
  readonly horizon: number;
}

/** One sampled discounted return of `actions` from s, then random actions, within `steps` steps. */
function sampleReturn(model: TabularModel, s: number, actions: readonly number[], steps: number, gamma: number, rng: Rng): number {
  let state = s;
  let total = 0;
  let discount = 1;
  for (let t = 0; t < steps; t++) {
    const a = t < actions.length ? actions[t]! : rng.int(model.nActions);
    const o = sampleOutcome(model, state, a, rng.uniform());
    total += discount * model.reward[o]!;
    if (model.ends[o]) break;
    discount *= gamma;
    state = model.next[o]!;
  }
  return total;
}

/** The action GORP takes at s with `steps` steps left: the first of the best k-sequence (ties broken at random). */
export function gorpAction(model: TabularModel, s: number, steps: number, settings: GorpSettings, rng: Rng): number {
  const { nActions } = model;
  const { k, m, gamma } = settings;
  const count = nActions ** k;
  const sequence = new Array<number>(k);
  let best = -Infinity;
  let tied: number[] = [];
  for (let j = 0; j < count; j++) {
    // Sequence j in base |A|, its first action the most significant digit.
    for (let i = k - 1, rest = j; i >= 0; i--, rest = Math.floor(rest / nActions)) sequence[i] = rest % nActions;
    let sum = 0;
    for (let r = 0; r < m; r++) sum += sampleReturn(model, s, sequence, steps, gamma, rng);
    const value = sum / m;
    if (value > best) { best = value; tied = [sequence[0]!]; } else if (value === best) tied.push(sequence[0]!);
  }
  return tied[rng.int(tied.length)]!;
}

export interface GorpEpisode {
  /** Every action GORP took was optimal (Q*(s, a) within 10⁻⁶ of V*(s), relative). */
  readonly optimal: boolean;
  readonly steps: number;
}

/** One GORP episode from the model's start, checked against Q*. */
export function gorpEpisode(model: TabularModel, settings: GorpSettings, rng: Rng, qStar: Float64Array, vStar: Float64Array): GorpEpisode {
  let s = model.start;
  for (let t = 0; t < settings.horizon; t++) {
    const a = gorpAction(model, s, settings.horizon - t, settings, rng);
    const tolerance = 1e-6 * Math.max(1, Math.abs(vStar[s]!));
    if (qStar[s * model.nActions + a]! < vStar[s]! - tolerance) return { optimal: false, steps: t + 1 };
    const o = sampleOutcome(model, s, a, rng.uniform());
    if (model.ends[o]) return { optimal: true, steps: t + 1 };
    s = model.next[o]!;
  }
  return { optimal: true, steps: settings.horizon };
}

export interface HorizonEstimateSettings {
  readonly gamma: number;
  readonly horizon: number;
  /** GORP runs per (k, m); m_k is the smallest m with at least half of them optimal. */
  readonly runs: number;
  readonly maxM: number;
  /** The largest |A|ᵏ · m (rollouts per decision) tried. */
  readonly maxRolloutsPerDecision: number;
}

export const DEFAULT_HORIZON_ESTIMATE: HorizonEstimateSettings = {
  gamma: 0.95, horizon: 100, runs: 8, maxM: 4096, maxRolloutsPerDecision: 8192,
};

export interface KTrial {
  readonly k: number;
  /** m_k, or null when no m within the limits made GORP optimal in half of its runs. */
  readonly m: number | null;
  /** k + log_|A| m_k (null without m_k). */
  readonly horizon: number | null;
}

export interface HorizonEstimate {
  readonly trials: readonly KTrial[];
  /** The smallest k + log_|A| m_k found, or null if none. */
  readonly effectiveHorizon: number | null;
  readonly bestK: number | null;
}

/**
 * Tries k = `fromK` (min-k: smaller k cannot work however large m is) upward, yielding each k's trial as it is done,
 * and stops once k alone reaches the best estimate so far or |A|ᵏ exceeds the rollouts-per-decision limit.
 */
export function* horizonTrials(model: TabularModel, fromK: number, settings: HorizonEstimateSettings, rng: Rng): Generator<KTrial> {
  const vStar = optimalValues(model, settings.gamma);
  const qStar = qFromValues(model, vStar, settings.gamma);
  const A = model.nActions;
  let best: number | null = null;
  for (let k = Math.max(1, fromK); A ** k <= settings.maxRolloutsPerDecision; k++) {
    if (best !== null && k >= best) return;
    let found: number | null = null;
    for (let m = 1; m <= settings.maxM && A ** k * m <= settings.maxRolloutsPerDecision; m *= 2) {
      const trialRng = rng.fork(`k${k}/m${m}`);
      let optimal = 0;
      for (let r = 0; r < settings.runs; r++) {
        if (gorpEpisode(model, { k, m, gamma: settings.gamma, horizon: settings.horizon }, trialRng, qStar, vStar).optimal) optimal++;
      }
      if (2 * optimal >= settings.runs) { found = m; break; }
    }
    const horizon = found === null ? null : k + Math.log(found) / Math.log(A);
    if (horizon !== null && (best === null || horizon < best)) best = horizon;
    yield { k, m: found, horizon };
  }
}

/** The smallest k + log_|A| m_k over the trials, with its k (nulls when no trial found an m). */
export function summarizeTrials(trials: readonly KTrial[]): HorizonEstimate {
  let best: KTrial | null = null;
  for (const t of trials) if (t.horizon !== null && (!best || t.horizon < best.horizon!)) best = t;
  return { trials, effectiveHorizon: best?.horizon ?? null, bestK: best?.k ?? null };
}

export function estimateEffectiveHorizon(
  model: TabularModel, fromK: number, settings: HorizonEstimateSettings, rng: Rng,
): HorizonEstimate {
  return summarizeTrials([...horizonTrials(model, fromK, settings, rng)]);
}

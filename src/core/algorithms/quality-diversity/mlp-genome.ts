// The evolved controllers of the quality-diversity tab: a fixed-topology network, sensors (+ bias) → tanh hidden
// layer (+ bias) → two sigmoid outputs (turn, speed), whose weights are the genome. Mutation adds Gaussian noise to
// every weight and clips to ±WEIGHT_LIMIT, as in the fixed-topology replications of novelty search (Mouret &
// Doncieux 2012) rather than NEAT's growing topologies.
import type { Rng } from '../../rng/rng.ts';
import type { Controller } from '../../envs/deceptive-maze/deceptive-maze.ts';

export const WEIGHT_LIMIT = 5;

export interface Topology { readonly inputs: number; readonly hidden: number; readonly outputs: number }

export function genomeLength(t: Topology): number {
  return (t.inputs + 1) * t.hidden + (t.hidden + 1) * t.outputs;
}

export function randomGenome(t: Topology, rng: Rng): Float64Array {
  const g = new Float64Array(genomeLength(t));
  for (let i = 0; i < g.length; i++) g[i] = rng.normal(0, 1);
  return g;
}

/** A child: every weight moved by N(0, sigma²), clipped to ±WEIGHT_LIMIT. */
export function mutate(parent: Float64Array, sigma: number, rng: Rng): Float64Array {
  const child = new Float64Array(parent.length);
  for (let i = 0; i < parent.length; i++) {
    child[i] = Math.max(-WEIGHT_LIMIT, Math.min(WEIGHT_LIMIT, parent[i]! + rng.normal(0, sigma)));
  }
  return child;
}

export function mlpController(genome: Float64Array, t: Topology): Controller {
  const hidden = new Float64Array(t.hidden);
  const outBase = (t.inputs + 1) * t.hidden;
  return (sensors, out) => {
    for (let h = 0; h < t.hidden; h++) {
      const row = h * (t.inputs + 1);
      let s = genome[row + t.inputs]!;
      for (let i = 0; i < t.inputs; i++) s += genome[row + i]! * sensors[i]!;
      hidden[h] = Math.tanh(s);
    }
    for (let o = 0; o < t.outputs; o++) {
      const row = outBase + o * (t.hidden + 1);
      let s = genome[row + t.hidden]!;
      for (let h = 0; h < t.hidden; h++) s += genome[row + h]! * hidden[h]!;
      out[o] = 1 / (1 + Math.exp(-s));
    }
  };
}

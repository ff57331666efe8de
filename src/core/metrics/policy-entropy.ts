// Entropy of a categorical policy and how a logit update changes it (catalogue D14/D15, §3.4). For a softmax
// policy π = softmax(z), a small change Δz moves the entropy by, to first order,
//   ΔH ≈ −Cov_{a∼π}( log π(a), Δz(a) ),
// so raising actions that are already likely drains entropy and raising rare ones adds to it. Vanilla policy
// gradient on the logits moves Δz(a) = η·π(a)·A(a); natural policy gradient Δz(a) = η·A(a).
import { softmaxProbabilities } from '../algorithms/exploration-policies.ts';

/** H(π) = −Σ π(a) log π(a), in nats (terms with π(a) = 0 count 0). */
export function entropy(probs: ArrayLike<number>): number {
  let h = 0;
  for (let a = 0; a < probs.length; a++) if (probs[a]! > 0) h -= probs[a]! * Math.log(probs[a]!);
  return h;
}

/** softmax(z / τ), stable for large logits. */
export function softmax(logits: ArrayLike<number>, temperature = 1): Float64Array {
  if (!(temperature > 0)) throw new RangeError(`a softmax temperature must be > 0, got ${temperature}`);
  return softmaxProbabilities(logits, 0, logits.length, temperature, new Float64Array(logits.length));
}

/** The first-order change of H(softmax(z)) when z moves by Δz: −Cov_{a∼π}(log π(a), Δz(a)). */
export function predictedEntropyChange(probs: ArrayLike<number>, deltaLogits: ArrayLike<number>): number {
  let meanLog = 0;
  let meanDelta = 0;
  for (let a = 0; a < probs.length; a++) {
    if (probs[a]! === 0) continue;
    meanLog += probs[a]! * Math.log(probs[a]!);
    meanDelta += probs[a]! * deltaLogits[a]!;
  }
  let cov = 0;
  for (let a = 0; a < probs.length; a++) {
    if (probs[a]! === 0) continue;
    cov += probs[a]! * (Math.log(probs[a]!) - meanLog) * (deltaLogits[a]! - meanDelta);
  }
  return -cov;
}

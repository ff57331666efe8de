// The Beta(α, β) posterior density of a Bernoulli arm (Thompson sampling), sampled where it holds its mass and
// scaled so its peak is 1: the shape the arms view draws, with no need for the Beta function.
export interface CurvePoint {
  readonly x: number;
  readonly density: number;
}

const EDGE = 1e-9;

export function betaCurve(alpha: number, beta: number, samples = 48): CurvePoint[] {
  const mean = alpha / (alpha + beta);
  const sd = Math.sqrt((alpha * beta) / ((alpha + beta) ** 2 * (alpha + beta + 1)));
  const lo = Math.max(0, mean - 6 * sd);
  const hi = Math.min(1, mean + 6 * sd);
  const xs = Array.from({ length: samples }, (_, i) => lo + ((hi - lo) * i) / (samples - 1));
  // Log of the unnormalised density x^(α−1) (1−x)^(β−1), kept finite at the edges.
  const logs = xs.map((x) => {
    const c = Math.min(1 - EDGE, Math.max(EDGE, x));
    return (alpha - 1) * Math.log(c) + (beta - 1) * Math.log(1 - c);
  });
  const peak = Math.max(...logs);
  return xs.map((x, i) => ({ x, density: Math.exp(logs[i] - peak) }));
}

// How strongly a cell is shaded: log(1 + x) / log(1 + max), so a cell visited 10 times stands out beside one
// visited once and the start row (visited every episode) does not wash out the rest. 0 for x = 0, 1 at the max.
export function logShare(x: number, max: number): number {
  if (!(x > 0) || !(max > 0)) return 0;
  return Math.min(1, Math.log1p(x) / Math.log1p(max));
}

// The value axis of the arms view: the range of the finite values shown, widened to at least `minSpan` and
// rounded out to a "nice" tick step (1, 2, 2.5 or 5 × 10^k), so it moves in whole steps rather than jittering.
export interface ValueDomain {
  readonly lo: number;
  readonly hi: number;
  readonly ticks: readonly number[];
}

export function niceStep(roughStep: number): number {
  const power = 10 ** Math.floor(Math.log10(roughStep));
  const f = roughStep / power;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * power;
}

export function valueDomain(values: Iterable<number>, minSpan = 1, tickCount = 5): ValueDomain {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min > max) { min = 0; max = minSpan; }
  if (max - min < minSpan) {
    const centre = (min + max) / 2;
    min = centre - minSpan / 2;
    max = centre + minSpan / 2;
  }
  const step = niceStep((max - min) / tickCount);
  const lo = Math.floor(min / step) * step;
  const hi = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let i = 0; lo + i * step <= hi + step * 1e-9; i++) ticks.push(Number((lo + i * step).toFixed(10)));
  return { lo, hi, ticks };
}

/**
 * The values the axis must hold: the estimates (and the true values, once revealed) in full, and the whisker ends
 * only up to half the estimates' spread (at least 1) beyond them, so a rarely pulled arm's huge UCB bonus does not
 * squash every marker; the arms view marks a cut whisker with an arrowhead.
 */
export function armsAxisValues(
  estimates: ArrayLike<number> | undefined, halfWidths: ArrayLike<number> | undefined, truths: readonly number[] = [],
): number[] {
  const core = [...Array.from(estimates ?? []), ...truths].filter(Number.isFinite);
  if (!estimates || !halfWidths || core.length === 0) return core;
  const min = Math.min(...core);
  const max = Math.max(...core);
  const reach = Math.max(1, (max - min) / 2);
  const ends: number[] = [];
  for (let a = 0; a < estimates.length; a++) {
    const e = estimates[a];
    const w = halfWidths[a];
    if (!Number.isFinite(e) || Number.isNaN(w)) continue;
    ends.push(Math.max(min - reach, e - w), Math.min(max + reach, e + w));
  }
  return [...core, ...ends];
}

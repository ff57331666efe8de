// Number formats of the bandit view: values with a true minus sign, compact pull counts, percentages.
export function formatValue(v: number, digits = 2): string {
  if (!Number.isFinite(v)) return v > 0 ? '∞' : v < 0 ? '−∞' : '—';
  const text = v.toFixed(digits);
  // No "−0.00".
  return Number(text) === 0 ? (0).toFixed(digits) : text.replace('-', '−');
}

/** 412 → "412", 12 345 → "12k", 1 234 567 → "1.2M". */
export function formatCount(n: number): string {
  if (n < 1000) return String(Math.round(n));
  if (n < 10_000) return `${(n / 1000).toFixed(1)}k`;
  if (n < 1_000_000) return `${Math.round(n / 1000)}k`;
  return `${(n / 1_000_000).toFixed(1)}M`;
}

export function formatPercent(fraction: number): string {
  return `${(100 * fraction).toFixed(1)}%`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

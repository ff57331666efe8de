// Short number labels that fit inside a cell: values with 2–3 significant digits and a true minus sign,
// counts abbreviated (1.2k, 35k, 1.1M).

const MINUS = '\u2212';

export function formatValue(v: number): string {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? '?' : v > 0 ? '∞' : `${MINUS}∞`;
  if (v === 0) return '0';
  const a = Math.abs(v);
  let text: string;
  if (a >= 1e4) text = `${(a / 1000).toFixed(0)}k`;
  else if (a >= 1000) text = `${(a / 1000).toFixed(1)}k`;
  else if (a >= 100) text = a.toFixed(0);
  else if (a >= 10) text = a.toFixed(1);
  else text = a.toFixed(2);
  return /^[0.]+$/.test(text) ? text : v < 0 ? MINUS + text : text;
}

export function formatCount(n: number): string {
  if (!Number.isFinite(n) || n < 0) return '?';
  if (n < 1000) return String(Math.round(n));
  if (n < 1e4) return `${(n / 1000).toFixed(1)}k`;
  if (n < 1e6) return `${Math.round(n / 1000)}k`;
  return `${(n / 1e6).toFixed(1)}M`;
}

/** A reward as shown on a goal: '+1', '0', '−5', '+0.5'. */
export function formatReward(r: number): string {
  if (!Number.isFinite(r)) return 'G';
  const text = Number.isInteger(r) ? String(Math.abs(r)) : formatValue(Math.abs(r));
  return r > 0 ? `+${text}` : r < 0 ? MINUS + text : '0';
}

// Settings checks shared by the agents: each throws a RangeError that names the agent and the setting, so a bad
// control value reaches the user as a sentence instead of a NaN in the curves.

/** Unless v is a positive integer. */
export function checkPositiveInt(agent: string, name: string, v: number): void {
  if (!(Number.isInteger(v) && v >= 1)) throw new RangeError(`${agent} ${name} must be a positive integer, got ${v}`);
}

/** Unless lo ≤ v ≤ hi. */
export function checkInRange(agent: string, name: string, v: number, lo: number, hi: number): void {
  if (!(v >= lo && v <= hi)) throw new RangeError(`${agent} ${name} must lie in [${lo}, ${hi}], got ${v}`);
}

/** Unless v is a finite number above 0 (step sizes). */
export function checkPositive(agent: string, name: string, v: number): void {
  if (!(v > 0 && Number.isFinite(v))) throw new RangeError(`${agent} ${name} must be positive, got ${v}`);
}

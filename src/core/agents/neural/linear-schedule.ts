// The linear exploration schedule of DQN (Mnih et al. 2015; cleanrl's linear_schedule): ε falls linearly from
// `start` to `end` over `duration` steps, then stays at `end`.

export function linearSchedule(start: number, end: number, duration: number, t: number): number {
  if (duration <= 0 || t >= duration) return end;
  return start + (end - start) * (t / duration);
}

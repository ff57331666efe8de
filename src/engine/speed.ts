// Run speeds, from a slow walk the eye can follow to "turbo", which steps as fast as it can and skips drawing.

export interface Speed {
  readonly id: string;
  readonly label: string;
  /** Ticks per 1/60 s frame; fractions mean one tick every few frames; Infinity is turbo. */
  readonly ticksPerFrame: number;
}

export const SPEEDS = [
  { id: 'slow', label: 'Slow (6 steps/s)', ticksPerFrame: 0.1 },
  { id: '1', label: '1 step per frame', ticksPerFrame: 1 },
  { id: '10', label: '10 steps per frame', ticksPerFrame: 10 },
  { id: '100', label: '100 steps per frame', ticksPerFrame: 100 },
  { id: '1000', label: '1000 steps per frame', ticksPerFrame: 1000 },
  { id: 'turbo', label: 'Turbo (no drawing)', ticksPerFrame: Infinity },
] as const satisfies readonly Speed[];

export type SpeedId = (typeof SPEEDS)[number]['id'];
export const DEFAULT_SPEED: SpeedId = '10';

export function findSpeed(id: string): Speed | undefined {
  return SPEEDS.find((s) => s.id === id);
}

// The short memory of the history heuristics (win-stay/lose-shift, and its summary-guided variant): the last W
// (arm, reward) pairs, oldest first, and their rule for a "win": a reward at least the mean reward of the W pulls
// before it (any reward ≥ 0 on the very first pull).

export const DEFAULT_WSLS_WINDOW = 10;

export class PullWindow {
  readonly arms: number[] = [];
  readonly rewards: number[] = [];

  constructor(private size: number) {}

  /** W from a setting: a whole number of at least 1 (default DEFAULT_WSLS_WINDOW). */
  static sizeOf(window: number | undefined): number {
    return Math.max(1, Math.floor(window ?? DEFAULT_WSLS_WINDOW));
  }

  /** Judge a pull against the window before it, then remember it; returns whether it was a win. */
  push(arm: number, reward: number): boolean {
    let before = 0;
    for (const r of this.rewards) before += r;
    if (this.rewards.length > 0) before /= this.rewards.length;
    this.arms.push(arm);
    this.rewards.push(reward);
    this.trim();
    return reward >= before;
  }

  resize(size: number): void {
    this.size = size;
    this.trim();
  }

  private trim(): void {
    while (this.rewards.length > this.size) {
      this.arms.shift();
      this.rewards.shift();
    }
  }
}

// The reward of one goal cell: reading what the user typed (a number in [−100, 100]) and the current value from the
// "cell:reward,cell:reward" text the gridworld demos keep in the URL.

export const GOAL_REWARD_LIMIT = 100;

/** The typed reward, or a refusal to show next to the input. */
export function parseGoalRewardInput(text: string): number | { error: string } {
  const trimmed = text.trim().replace('\u2212', '-');
  const value = trimmed === '' ? Number.NaN : Number(trimmed);
  if (!Number.isFinite(value)) return { error: 'Type a number, e.g. 1 or −5.' };
  if (Math.abs(value) > GOAL_REWARD_LIMIT) {
    return { error: `A goal reward must lie between −${GOAL_REWARD_LIMIT} and ${GOAL_REWARD_LIMIT}.` };
  }
  return value;
}

/** The reward set for `cell` in a "cell:reward,..." text, or undefined (the map's default applies). */
export function goalRewardOf(goalRewards: string | undefined, cell: number): number | undefined {
  let found: number | undefined;
  for (const pair of (goalRewards ?? '').split(',')) {
    const [key, value] = pair.split(':');
    if (key !== undefined && value !== undefined && Number(key.trim()) === cell && Number.isFinite(Number(value))) {
      found = Number(value);
    }
  }
  return found;
}

/**
 * The "cell:reward,..." text without the cells that are no longer goals in `rows` (call it with edited rows: a
 * reward left on a cell that stopped being a goal makes the map invalid).
 */
export function pruneGoalRewards(goalRewards: string, rows: readonly string[]): string {
  const width = rows[0]?.length ?? 0;
  const isGoal = (cell: number) => width > 0 && rows[Math.floor(cell / width)]?.[cell % width] === 'G';
  return goalRewards.split(',').filter((pair) => pair.trim() !== '' && isGoal(Number(pair.split(':')[0]))).join(',');
}

// Delayed action effects (catalogue D7's NeoRL-2 toggle): a move commanded now is carried out d steps later, as in
// a deployed controller with a slow actuator. The world keeps the commands in flight in a queue; for the first d steps
// of an episode nothing has arrived yet and the agent waits where it is (reward 0). A learner that sees only its
// cell no longer sees the whole state: the same cell with different moves in flight leads to different places.
import { likeliestOutcome, type TabularModel } from '../envs/tabular-model.ts';

export const MAX_ACTION_DELAY = 3;

export class ActionDelay {
  private readonly inFlight: number[] = [];

  constructor(readonly steps: number) {
    if (!(Number.isInteger(steps) && steps >= 0 && steps <= MAX_ACTION_DELAY)) {
      throw new RangeError(`An action delay is a whole number of steps from 0 to ${MAX_ACTION_DELAY}, got ${steps}`);
    }
  }

  /** Send a command; returns the move the world makes now, or null while the first command is still on its way. */
  command(action: number): number | null {
    this.inFlight.push(action);
    return this.inFlight.length > this.steps ? this.inFlight.shift()! : null;
  }

  /**
   * Where the moves in flight will take the agent from `cell`, each by its likeliest outcome: the cell a controller
   * that knows its own latency plans for. Stops early if a move ends the episode.
   */
  predict(model: TabularModel, cell: number): number {
    let s = cell;
    for (const a of this.inFlight) {
      const likeliest = likeliestOutcome(model, s, a);
      if (model.ends[likeliest]) break;
      s = model.next[likeliest]!;
    }
    return s;
  }
}

// A world that can go back to a saved state, as Go-Explore's return and the backward algorithm's starts need: reset,
// restore a state (a deterministic simulator's snapshot, here one integer), and step.
export interface RestorableEnv {
  reset(): number;
  restore(state: number): number;
  step(action: number): { obs: number; reward: number; terminated: boolean };
}

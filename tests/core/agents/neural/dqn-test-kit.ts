// DQN on the shared test grid: small settings that learn in a few hundred steps.
import { createDqn, type DqnSettings } from '../../../../src/core/agents/neural/dqn.ts';
import type { GridEncoderKind } from '../../../../src/core/envs/gridworld/grid-encoders.ts';
import { gridRun, type GridRun } from './grid-agent-kit.ts';

export const SMALL_SETTINGS: DqnSettings = {
  gamma: 0.95, learningRate: 3e-3, epsilonStart: 1, epsilonEnd: 0.05, epsilonDecaySteps: 700,
  batchSize: 16, bufferSize: 2000, learningStarts: 50, trainEvery: 1, targetUpdateEvery: 50, tau: 1,
  doubleDqn: true, huber: true, hidden: [16, 16],
};

export function gridDqn(settings: DqnSettings, seed = 1, encoding: GridEncoderKind = 'one-hot'): GridRun<DqnSettings> {
  return gridRun((ctx) => createDqn(ctx, settings), seed, encoding);
}

// Every demo of the sandbox, in the order the home page lists them.
import type { AnyDemo } from './demo-spec.ts';
import { tenArmedTestbed } from './ten-armed-testbed.ts';
import { banditLab } from './bandit-lab.ts';
import { restlessBandits } from './restless-bandits.ts';
import { deepSea } from './deep-sea.ts';
import { curiosityRnd } from './curiosity-rnd.ts';
import { effectiveHorizon } from './effective-horizon.ts';
import { goExplore } from './go-explore.ts';
import { cliffWalking } from './cliff-walking.ts';
import { frozenLakeDemo } from './frozen-lake.ts';
import { gridworldPlayground } from './gridworld-playground.ts';
import { fourRoomsDqn } from './four-rooms-dqn.ts';
import { offlineDatasetLab } from './offline-dataset-lab.ts';
import { trajectoryStitching } from './trajectory-stitching.ts';
import { datasetReweighting } from './dataset-reweighting.ts';

export const DEMOS: readonly AnyDemo[] = [tenArmedTestbed, banditLab, restlessBandits, deepSea, curiosityRnd, effectiveHorizon, goExplore, cliffWalking, frozenLakeDemo, gridworldPlayground, fourRoomsDqn, offlineDatasetLab, trajectoryStitching, datasetReweighting];

export function findDemo(id: string): AnyDemo | undefined {
  return DEMOS.find((demo) => demo.id === id);
}

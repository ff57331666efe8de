// Curious PPO on the curiosity maze: the metrics of an update with and without a bonus; RND's bonus map burning
// down where the agent has walked and staying bright where it has not; the novelty bonus paying λ for a first
// success; seeded reproducibility; settings validation; and flat tensor counts over thousands of steps.
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { createCuriousPpo, type CuriousPpoSettings, type CuriousPpoView } from '../../../../src/core/agents/neural/curious-ppo.ts';
import { CuriosityMazeEnv, type CuriosityMazeOptions } from '../../../../src/core/envs/curiosity-maze/curiosity-maze-env.ts';
import { createCuriosityEncoder } from '../../../../src/core/envs/curiosity-maze/curiosity-encoder.ts';
import { createRng } from '../../../../src/core/rng/rng.ts';
import { drive, type AgentRun } from './grid-agent-kit.ts';

const SETTINGS: CuriousPpoSettings = {
  bonus: 'rnd', gamma: 0.99, learningRate: 1e-3, hidden: [32, 32], entropyCoef: 0.01, valueCoef: 0.5, maxGradNorm: 0.5,
  rolloutSteps: 128, gaeLambda: 0.95, clipRange: 0.2, epochs: 2, minibatches: 2, normalizeAdvantages: false,
  extrinsicCoef: 2, intrinsicCoef: 1, intrinsicGamma: 0.99, predictorFraction: 0.25, rndDim: 16, obsNorm: true,
  rewardNorm: true, intrinsicEpisodic: false, noveltyWeight: 0, similarity: 'cosine', viewStates: 225,
};
const PPO_KEYS = ['loss/policy', 'loss/value', 'policy/approx-kl', 'policy/clip-fraction', 'policy/entropy'];

interface MazeRun extends AgentRun<CuriousPpoSettings> {
  readonly env: CuriosityMazeEnv;
}

function mazeRun(settings: Partial<CuriousPpoSettings> = {}, seed = 1, options: Partial<CuriosityMazeOptions> = {}): MazeRun {
  const root = createRng(seed);
  const env = new CuriosityMazeEnv({ world: 'maze', tv: false, tvPatterns: 8, ...options }, root.fork('env'));
  const agent = createCuriousPpo({
    observationSpace: env.observationSpace, actionSpace: env.actionSpace, rng: root.fork('agent'),
    features: createCuriosityEncoder(env.layout),
  }, { ...SETTINGS, ...settings });
  return { env, agent };
}

describe('curious PPO', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
    await tf.ready();
  });

  it('reports PPO’s metrics every rollout, plus the curiosity loss and the mean intrinsic reward with a bonus', () => {
    for (const bonus of ['none', 'rnd', 'icm'] as const) {
      const run = mazeRun({ bonus });
      const { metrics } = drive(run, 2 * SETTINGS.rolloutSteps + 3);
      expect(metrics).toHaveLength(2);
      const keys = bonus === 'none' ? PPO_KEYS : [...PPO_KEYS, 'explore/intrinsic-reward', 'loss/curiosity'].sort();
      for (const m of metrics) {
        expect(Object.keys(m).sort(), bonus).toEqual(keys);
        for (const v of Object.values(m)) expect(Number.isFinite(v)).toBe(true);
      }
      if (bonus !== 'none') expect(metrics[0]['explore/intrinsic-reward']).toBeGreaterThan(0);
      const view = run.agent.view() as CuriousPpoView;
      expect(view.bonusKind).toBe(bonus);
      expect(view.bonus === undefined).toBe(bonus === 'none');
      run.agent.dispose!();
    }
  });

  it('burns RND’s bonus down on the cells the agent has walked and leaves it bright on cells it has never seen', () => {
    const run = mazeRun();
    drive(run, 3000, 200);
    const { visits, cells } = run.env.view();
    const bonus = (run.agent.view() as CuriousPpoView).bonus!;
    const mean = (keep: (cell: number) => boolean) => {
      const xs = cells.flatMap((ch, i) => (ch !== '#' && keep(i) ? [bonus[i]] : []));
      return xs.reduce((a, b) => a + b, 0) / xs.length;
    };
    const walked = mean((i) => visits[i] >= 30);
    const unseen = mean((i) => visits[i] === 0);
    expect(Number.isFinite(walked) && Number.isFinite(unseen)).toBe(true);
    expect(unseen).toBeGreaterThan(2 * walked);
    run.agent.dispose!();
  });

  it('pays the full novelty bonus λ on the first success', () => {
    const run = mazeRun({ bonus: 'none', noveltyWeight: 0.4, viewStates: 225 }, 1, { world: 'treasure-field' });
    const { metrics } = drive(run, 2000, 100);
    const bonuses = metrics.flatMap((m) => (m['explore/novelty-bonus'] === undefined ? [] : [m['explore/novelty-bonus']]));
    expect(bonuses.length).toBeGreaterThan(0);
    expect(bonuses[0]).toBeCloseTo(0.4, 6);
    for (const b of bonuses) expect(b).toBeLessThanOrEqual(0.4 + 1e-9);
    run.agent.dispose!();
  });

  it('the same seed gives the same actions and metrics; another seed does not', () => {
    const [a, b, c] = [1, 1, 2].map((seed) => {
      const run = mazeRun({}, seed);
      const d = drive(run, 300);
      run.agent.dispose!();
      return d;
    });
    expect(a.actions).toEqual(b.actions);
    expect(a.metrics).toEqual(b.metrics);
    expect(a.actions).not.toEqual(c.actions);
  });

  it('rejects settings it cannot run', () => {
    const bad: Partial<CuriousPpoSettings>[] = [
      { predictorFraction: 0 }, { predictorFraction: 1.5 }, { intrinsicGamma: 1.5 }, { intrinsicCoef: -1 },
      { extrinsicCoef: Number.NaN }, { rndDim: 0 }, { noveltyWeight: -0.1 }, { viewStates: 0 }, { clipRange: 0 },
    ];
    for (const b of bad) expect(() => mazeRun(b), JSON.stringify(b)).toThrow(RangeError);
  });

  it('keeps the tensor count and bytes flat over 2,000 steps for RND and ICM, and frees everything on dispose', () => {
    for (const bonus of ['rnd', 'icm'] as const) {
      const before = tf.memory().numTensors;
      const run = mazeRun({ bonus }, 3, { tv: true });
      drive(run, 2 * SETTINGS.rolloutSteps);
      run.agent.view();
      const warm = tf.memory();
      drive(run, 2000, 200, (step) => {
        if (step % 300 === 0) run.agent.view();
        if (step === 700) run.agent.setParams({ ...SETTINGS, bonus, rewardNorm: false, obsNorm: false });
      });
      expect(tf.memory().numTensors, bonus).toBe(warm.numTensors);
      expect(tf.memory().numBytes, bonus).toBe(warm.numBytes);
      run.agent.dispose!();
      expect(tf.memory().numTensors, bonus).toBe(before);
    }
  });
});

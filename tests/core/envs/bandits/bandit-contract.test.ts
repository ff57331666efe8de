// The env contract applied to the Gaussian and Bernoulli bandits.
import { BernoulliBandit, GaussianBandit } from '../../../../src/core/envs/bandits/bandit-env.ts';
import { createRng } from '../../../../src/core/rng/rng.ts';
import { describeEnvContract } from '../env-contract.ts';

describeEnvContract('GaussianBandit testbed', (seed) => GaussianBandit.testbed(10, 0, createRng(seed).fork('env')));
describeEnvContract('BernoulliBandit', (seed) => BernoulliBandit.uniform(5, createRng(seed).fork('env')));

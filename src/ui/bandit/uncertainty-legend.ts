// What the watched agent's `uncertainty` means, for the arms view's legend: UCB's exploration bonus or Thompson
// sampling's posterior standard deviation (recognised by the agent's factory), else a generic wording.
import type { AgentSpec } from '../../demos/demo-spec.ts';
import { createUcb1 } from '../../core/agents/bandit/ucb1.ts';
import { createThompsonSampling } from '../../core/agents/bandit/thompson-sampling.ts';

export function uncertaintyLegend(spec: Pick<AgentSpec<unknown>, 'create'> | undefined): string {
  const create: unknown = spec?.create;
  if (create === createUcb1) return '±2 × the UCB bonus c√(ln t / N(a))';
  if (create === createThompsonSampling) return '±2 posterior standard deviations';
  return '±2 × the agent’s uncertainty';
}

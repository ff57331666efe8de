// One distilled net per (teacher, problem, arms, instances), shared by every run of an experiment: distilling costs
// about 0.4 s, so doing it for each of 50 runs would stall the start. The net is seeded from these settings alone,
// not from the run, so the same settings give the same net in the page and in Node; the runs then differ only in
// the bandit instances they meet.
import type { AgentContext } from '../agent.ts';
import { createRng, hashString } from '../../rng/rng.ts';
import {
  createDistilledBanditFromNet, distillBanditNet, type DistilledBandit, type DistilledBanditSettings, type DistillResult,
} from './distilled-bandit.ts';

const MAX_CACHED = 16;
const cache = new Map<string, DistillResult>();

export function sharedDistilledNet(settings: DistilledBanditSettings): DistillResult {
  const key = `${settings.teacher}|${settings.problem}|${settings.arms}|${settings.instances}`;
  let result = cache.get(key);
  if (!result) {
    result = distillBanditNet(settings, createRng(hashString(`distill|${key}`)));
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
    cache.set(key, result);
  }
  return result;
}

/** A distilled-net agent acting with the shared net of its settings. */
export function createSharedDistilledBandit(ctx: AgentContext, settings: DistilledBanditSettings): DistilledBandit {
  return createDistilledBanditFromNet(ctx, settings, sharedDistilledNet(settings));
}

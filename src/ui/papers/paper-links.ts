// Which demos of the sandbox link a paper (the reverse of each demo's paper list).
import { DEMOS } from '../../demos/registry.ts';
import type { AnyDemo } from '../../demos/demo-spec.ts';
import type { PaperId } from '../../papers/papers.ts';

export function demosForPaper(paperId: PaperId): AnyDemo[] {
  return DEMOS.filter((d) => d.papers.includes(paperId));
}

export const FIDELITY_MEANING = {
  'direct': 'The paper’s own algorithm or measure runs here, shrunk to a small problem.',
  'analogue': 'The mechanism is moved into a gridworld or bandit: the setting changes, the cause and effect stay.',
  'context-only': 'No faithful small demo exists; the nearest demo shows the idea it builds on.',
} as const;

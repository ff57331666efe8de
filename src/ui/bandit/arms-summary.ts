// The one-sentence summary of the arms view for screen readers (its aria-label), e.g.
// "ε-greedy, 10 arms; most pulled: arm 3 (412 pulls)". True values appear only when revealed.
import type { BanditView } from '../../core/envs/bandits/bandit-env.ts';
import { formatValue, plural } from './bandit-format.ts';

export function armsSummary(input: {
  readonly agentLabel?: string;
  readonly arms: number;
  readonly pulls?: ArrayLike<number>;
  readonly truth?: BanditView | null;
  readonly reveal: boolean;
}): string {
  const parts = [`${input.agentLabel ? `${input.agentLabel}, ` : ''}${plural(input.arms, 'arm')}`];
  const pulls = input.pulls ? Array.from(input.pulls) : [];
  const total = pulls.reduce((a, b) => a + b, 0);
  if (total === 0) {
    parts.push('no pulls yet');
  } else {
    let most = 0;
    for (let a = 1; a < pulls.length; a++) if (pulls[a] > pulls[most]) most = a;
    parts.push(`most pulled: arm ${most + 1} (${plural(pulls[most], 'pull')} of ${total})`);
  }
  if (input.reveal && input.truth) {
    const best = input.truth.optimalArm;
    parts.push(`best arm: ${best + 1} (true value ${formatValue(input.truth.means[best])})`);
  }
  return parts.join('; ');
}

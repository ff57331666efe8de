// What every metric means: label, unit and one sentence, shown in chart tooltips and the CLI summary.
import type { MetricKey } from './metric-key.ts';

export interface MetricInfo {
  readonly label: string;
  readonly unit: string;
  readonly meaning: string;
  /** Where one point of the series comes from. */
  readonly per: 'step' | 'episode' | 'sweep';
}

export const METRIC_CATALOGUE = {
  'bandit/reward': {
    label: 'Reward', unit: 'reward', per: 'step',
    meaning: 'The reward received on this pull, averaged over runs.',
  },
  'bandit/optimal-action': {
    label: '% optimal action', unit: 'fraction', per: 'step',
    meaning: 'Fraction of runs whose pull at this step chose the arm with the highest true mean.',
  },
  'bandit/regret': {
    label: 'Cumulative regret', unit: 'reward', per: 'step',
    meaning: 'Sum over pulls so far of (best true mean − true mean of the pulled arm): what was lost by not knowing.',
  },
  'bandit/suffix-failure': {
    label: 'Suffix failures', unit: 'fraction', per: 'step',
    meaning: 'Fraction of runs that have not pulled the best arm at all in the second half of their pulls so far: stuck on a worse arm.',
  },
  'bandit/ucb-agreement': {
    label: 'Agreement with UCB1', unit: 'fraction', per: 'step',
    meaning: 'Fraction of runs whose distilled net, at this pull, ranked first an arm that UCB1 (c = √2) would pull given the same counts and means.',
  },
  'episode/return': {
    label: 'Episode return', unit: 'reward', per: 'episode',
    meaning: 'Sum of rewards collected during the episode, exploration included (the online return).',
  },
  'episode/length': {
    label: 'Episode length', unit: 'steps', per: 'episode',
    meaning: 'Number of steps the episode took before reaching a terminal state or the time limit.',
  },
  'value/start': {
    label: 'Value of the start state', unit: 'return', per: 'episode',
    meaning: "The agent's own estimate of the return from the start state (per sweep for planners).",
  },
  'planner/delta': {
    label: 'Largest value change', unit: 'return', per: 'sweep',
    meaning: 'The largest change of any state value in this sweep; it shrinks to 0 as the values converge.',
  },
  'planner/optimal': {
    label: 'Greedy is optimal', unit: 'fraction', per: 'sweep',
    meaning: 'k-QVI: 1 when acting greedily on Q^k is optimal wherever that policy goes, else 0. The first sweep where it turns 1 is min-k.',
  },
  'planner/policy-changes': {
    label: 'Policy changes', unit: 'states', per: 'sweep',
    meaning: 'How many states changed their greedy action in this sweep; 0 once the policy is stable.',
  },
  'loss/td': {
    label: 'TD loss', unit: 'loss', per: 'episode',
    meaning: "The network's loss on its TD targets (Huber or squared error), averaged over the episode's updates.",
  },
  'q/mean': {
    label: 'Mean Q', unit: 'return', per: 'episode',
    meaning: 'The average predicted Q(s,a) of the transitions trained on: it drifts up when the network over-estimates.',
  },
  'explore/epsilon': {
    label: 'ε', unit: 'probability', per: 'episode',
    meaning: 'The probability of a random action at the end of the episode, as the schedule lowers it.',
  },
  'explore/success': {
    label: 'Reached the treasure', unit: 'fraction', per: 'episode',
    meaning: 'Whether the episode reached the goal (1) or not (0); averaged over runs, the share of runs that did.',
  },
  'explore/first-success-episode': {
    label: 'First success', unit: 'episode', per: 'episode',
    meaning: 'The episode in which the goal was first reached (absent until it is); the scaling sweep plots it against the size.',
  },
  'explore/states-visited': {
    label: 'Cells visited', unit: 'cells', per: 'episode',
    meaning: 'How many distinct cells the agent has entered so far in the run: how much of the world exploration has covered.',
  },
  'explore/intrinsic-reward': {
    label: 'Intrinsic reward', unit: 'reward', per: 'episode',
    meaning: 'The curiosity bonus per step, after normalisation, averaged over the last rollout the agent trained on: it falls as the world grows familiar.',
  },
  'explore/tv-share': {
    label: 'Time at the TV', unit: 'fraction', per: 'episode',
    meaning: 'The share of the episode’s steps spent standing at the noisy TV.',
  },
  'explore/treasures-found': {
    label: 'Distinct treasures found', unit: 'treasures', per: 'episode',
    meaning: 'How many different treasures the agent has reached at least once so far in the run.',
  },
  'explore/recent-treasures': {
    label: 'Treasures among the last 20 successes', unit: 'treasures', per: 'episode',
    meaning: 'How many different treasures the last 20 successful episodes ended at: 1 when the agent always runs to the same one.',
  },
  'explore/novelty-bonus': {
    label: 'Novelty bonus', unit: 'reward', per: 'episode',
    meaning: 'The bonus the last success earned for being unlike earlier successes: λ times one minus the mean similarity.',
  },
  'explore/archive-size': {
    label: 'Cells found', unit: 'cells', per: 'sweep',
    meaning: 'How many distinct Go-Explore cells (room, coarse position, key) have been reached so far: the archive’s size for Go-Explore, the cells its episodes passed through for an agent that explores by acting.',
  },
  'explore/robust-progress': {
    label: 'Demo learned (phase 2)', unit: 'fraction', per: 'sweep',
    meaning: 'Go-Explore phase 2: the share of the best trajectory, counted back from its end, from which training episodes now start and succeed.',
  },
  'explore/robust-success': {
    label: 'Policy success under sticky actions', unit: 'fraction', per: 'sweep',
    meaning: 'Go-Explore phase 2: the share of 20 test episodes from the real start in which the trained policy reaches the treasure while actions are sticky.',
  },
  'explore/replay-success': {
    label: 'Replay success under sticky actions', unit: 'fraction', per: 'sweep',
    meaning: 'Go-Explore phase 2: the share of 200 test episodes in which replaying the best trajectory’s actions blindly still reaches the treasure while actions are sticky.',
  },
  'explore/best-score': {
    label: 'Best score', unit: 'return', per: 'sweep',
    meaning: 'The highest score reached so far (coins 0.1 each, the treasure 1): of any trajectory in Go-Explore’s archive, or of any episode of an agent that explores by acting.',
  },
  'explore/frames': {
    label: 'Frames', unit: 'steps', per: 'sweep',
    meaning: 'Environment steps taken while exploring so far: over all of Go-Explore’s rounds (restoring a state is free), or over all of an acting agent’s episodes.',
  },
  'explore/evaluations': {
    label: 'Evaluations', unit: 'controllers', per: 'sweep',
    meaning: 'Quality-diversity tab: how many controllers have been driven through the maze so far, by the exploring search and by the emitters together.',
  },
  'explore/best-reward': {
    label: 'Best reward', unit: 'reward', per: 'sweep',
    meaning: 'Quality-diversity tab: the highest reward of any controller evaluated so far. The decoy pays at most 0.3, the treasure up to 1, more the closer to its centre the robot stops.',
  },
  'explore/coverage': {
    label: 'Maze covered', unit: 'fraction', per: 'sweep',
    meaning: 'Quality-diversity tab: the share of the maze’s 10 × 10 squares in which at least one evaluated controller ended its run.',
  },
  'explore/novelty-archive-size': {
    label: 'Novelty archive', unit: 'behaviours', per: 'sweep',
    meaning: 'Quality-diversity tab: how many behaviours novelty search has kept in its archive, each once more novel than the threshold.',
  },
  'explore/cumulative-regret': {
    label: 'Cumulative regret', unit: 'return', per: 'episode',
    meaning: 'The sum over episodes of the best expected return minus the return obtained: it keeps growing at the optimal rate of loss until the agent finds and exploits the goal.',
  },
  'loss/policy': {
    label: 'Policy loss', unit: 'loss', per: 'episode',
    meaning: "The actor's loss (minus the advantage-weighted log-probability, or PPO's clipped surrogate), averaged over the episode's updates.",
  },
  'loss/value': {
    label: 'Value loss', unit: 'loss', per: 'episode',
    meaning: "The critic's squared error against its return targets, averaged over the episode's updates.",
  },
  'loss/curiosity': {
    label: 'Curiosity loss', unit: 'loss', per: 'episode',
    meaning: "The curiosity module's own training loss (RND: the predictor's squared error; ICM: inverse and forward models), averaged over the episode's updates.",
  },
  'policy/entropy': {
    label: 'Policy entropy', unit: 'nats', per: 'episode',
    meaning: "How spread out the policy's action probabilities are (ln 4 ≈ 1.39 is uniform over 4 actions, 0 is deterministic), averaged over the states trained on.",
  },
  'policy/approx-kl': {
    label: 'Approx. KL', unit: 'nats', per: 'episode',
    meaning: 'How far one PPO update moved the policy from the one that collected the data (the k3 estimator); large values mean too big a step.',
  },
  'policy/clip-fraction': {
    label: 'Clip fraction', unit: 'fraction', per: 'episode',
    meaning: "Share of samples whose probability ratio left PPO's [1 − ε, 1 + ε] band, so their gradient was cut.",
  },
  'sac/alpha': {
    label: 'Temperature α', unit: 'weight', per: 'episode',
    meaning: "SAC's entropy weight: automatic tuning raises it when the policy's entropy falls below the target and lowers it above.",
  },
  'replay/size': {
    label: 'Replay buffer', unit: 'transitions', per: 'episode',
    meaning: 'Transitions stored in the replay buffer at the end of the episode; it grows until the capacity, then old ones are overwritten.',
  },
  'restless/reward': {
    label: 'Good arms', unit: 'arms', per: 'step',
    meaning: 'The number of arms in the good state after this step (the reward), averaged over runs.',
  },
  'restless/wasted': {
    label: 'Budget not on a bad arm', unit: 'units', per: 'step',
    meaning: 'Budget not spent on a bad arm this step: the unused budget B − |S| plus the acted arms that were already good (under multi-type, in budget units: a strong intervention counts 2). Keeping a good arm good can be the right use of budget, so this is a description, not a score.',
  },
  'restless/unused': {
    label: 'Unused budget', unit: 'units', per: 'step',
    meaning: 'How many of the B interventions were not made this step (B − |S|; under multi-type, B minus the units spent): the constraint or the policy left them unspent.',
  },
  'restless/repair': {
    label: 'Repaired choices', unit: 'fraction', per: 'step',
    meaning: "Fraction of the index policy's decisions where its top-B arms (under multi-type, each at its better intervention) were infeasible under the constraint, so a feasible set with a lower index sum was taken.",
  },
  'eval/return': {
    label: 'Evaluation return', unit: 'return', per: 'sweep',
    meaning: 'Offline learners: the mean discounted return of the greedy learned policy, run online in the true world after this many gradient steps (the data is never added to).',
  },
  'eval/normalized-score': {
    label: 'Normalised score', unit: 'score', per: 'sweep',
    meaning: 'The evaluation return rescaled so that acting at random scores 0 and acting optimally scores 100 (the D4RL convention).',
  },
  'eval/success': {
    label: 'Success', unit: 'fraction', per: 'sweep',
    meaning: "Offline learners: the share of evaluation episodes that ended in the world's best goal (the terminal with the largest reward).",
  },
  'eval/hazard-rate': {
    label: 'Hazard entries', unit: 'fraction', per: 'sweep',
    meaning: 'Offline learners: the share of evaluation episodes that entered a hazard cell at least once (a safety constraint that costs no reward, so no learner sees it; 0 in a world without one).',
  },
  'eval/target-return': {
    label: 'Asked-for return', unit: 'return', per: 'sweep',
    meaning: 'Return-conditioned learners: the undiscounted return the policy is asked for at the start (RCSL: the target control; MBRCSL: the best return among its kept rollouts).',
  },
  'eval/gradient-steps': {
    label: 'Gradient steps', unit: 'steps', per: 'sweep',
    meaning: 'Minibatch gradient steps an offline learner has taken on the dataset so far.',
  },
  'dataset/tq': {
    label: 'TQ (trajectory quality)', unit: 'fraction', per: 'sweep',
    meaning: "The dataset's mean episode return rescaled so that random behaviour is 0 and the expert 1.",
  },
  'dataset/saco': {
    label: 'SACo (state-action coverage)', unit: 'fraction', per: 'sweep',
    meaning: 'Unique (state, action) pairs in the dataset, divided by those of a replay dataset of the same size (the reference of the dataset-perspective paper).',
  },
  'dataset/effective-return': {
    label: 'Effective behaviour return', unit: 'fraction', per: 'sweep',
    meaning: "The mean episode return (rescaled to [0, 1] over the dataset) of the data as the learner samples it: the dataset's own mean under uniform sampling, higher when a reweighting favours the good episodes.",
  },
  'dataset/positive-variance': {
    label: 'Positive-sided return variance', unit: 'fraction', per: 'sweep',
    meaning: "E[max(G − E[G], 0)²] over the dataset's rescaled episode returns: how much better than average some episodes are, the room a reweighting has to improve on the data's behaviour.",
  },
  'q/unseen-action-mean': {
    label: 'Q at unseen actions', unit: 'return', per: 'sweep',
    meaning: 'Mean predicted Q(s, a) over the pairs whose state is in the data but whose action never is: nothing in the data corrects these values.',
  },
  'q/data-action-mean': {
    label: 'Q at data actions', unit: 'return', per: 'sweep',
    meaning: 'Mean predicted Q(s, a) over the (state, action) pairs the data contains: the values its TD targets do pin down.',
  },
  'policy/data-agreement': {
    label: 'Agreement with the data', unit: 'fraction', per: 'sweep',
    meaning: "Fraction of the dataset's transitions whose action is the learned policy's greedy action in that state.",
  },
  'policy/off-data-greedy': {
    label: 'Greedy move off the data', unit: 'fraction', per: 'sweep',
    meaning: 'Among the cells the dataset visits, the fraction where the learned greedy move is one the data never made there: a choice resting on extrapolated values only.',
  },
  'loss/train': {
    label: 'Training loss', unit: 'loss', per: 'sweep',
    meaning: "The offline learner's loss (cross-entropy for cloning, TD plus any penalty for Q-learners, the expectile value loss for IQL), averaged over the gradient steps since the last point.",
  },
} as const satisfies Record<MetricKey, MetricInfo>;

export type CataloguedMetric = keyof typeof METRIC_CATALOGUE;

export function isCataloguedMetric(key: string): key is CataloguedMetric {
  return Object.prototype.hasOwnProperty.call(METRIC_CATALOGUE, key);
}

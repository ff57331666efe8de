// An agent as a chart draws it: id (the series key), legend label, Okabe–Ito colour, and what one point is.

export interface ChartAgent {
  readonly id: string;
  readonly label: string;
  readonly color: string;
  /** One point of this agent's series is a step (bandits), an episode (learners) or a sweep (planners). */
  readonly per: 'step' | 'episode' | 'sweep';
}

// Metric keys are namespaced strings ('episode/return', 'bandit/regret', ...); see metric-catalogue.ts for meanings.

export type MetricNamespace = 'episode' | 'bandit' | 'value' | 'loss' | 'policy' | 'planner' | 'explore' | 'q' | 'sac' | 'replay' | 'restless' | 'eval' | 'dataset';
export type MetricKey = `${MetricNamespace}/${string}`;

/** Metrics emitted at one point: a sparse map from key to number. */
export type Metrics = Partial<Record<MetricKey, number>>;

// What each fidelity level means, in the words the library and paper pages show.
export const FIDELITY_MEANING = {
  'direct': 'The paper’s own algorithm or measure runs here, shrunk to a small problem.',
  'analogue': 'The mechanism is moved into a gridworld or bandit: the setting changes, the cause and effect stay.',
  'context-only': 'No faithful small demo exists; the nearest demo shows the idea it builds on.',
} as const;

// Limits of a run, in a module of their own so the page can check a link's values without loading the engine.

/** The most runs (seeds) one experiment averages. */
export const MAX_RUNS = 5000;

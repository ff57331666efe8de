// A CRT-style novelty bonus on successes (Hong et al. 2024, "curiosity-driven red-teaming"; catalogue §3.2, D2).
// CRT rewards a red-team prompt that succeeds less when it resembles earlier successful prompts (SelfBLEU's n-gram
// overlap and the cosine of sentence embeddings). Here the "prompt" is the successful episode itself, described as a
// bag of the observations it passed through (how often each), and the bonus on a success is
//   λ·(1 − mean_j sim(e, e_j))   over the successes archived so far (the last `capacity` of them),
// with sim = the cosine of the two count vectors, or the share of e's distinct observations that e_j also holds
// (a unigram overlap in the spirit of SelfBLEU). Two walks to the same treasure share most of their cells; walks to
// different treasures share little beyond the start. The first success gets the full λ.

export type SuccessSimilarity = 'cosine' | 'overlap';

/** An episode as observation → times seen. */
export type EpisodeBag = ReadonlyMap<number, number>;

export function similarity(kind: SuccessSimilarity, a: EpisodeBag, b: EpisodeBag): number {
  if (a.size === 0 || b.size === 0) return 0;
  if (kind === 'overlap') {
    let shared = 0;
    for (const key of a.keys()) if (b.has(key)) shared++;
    return shared / a.size;
  }
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [key, count] of a) {
    na += count * count;
    dot += count * (b.get(key) ?? 0);
  }
  for (const count of b.values()) nb += count * count;
  return dot / Math.sqrt(na * nb);
}

export class SuccessNovelty {
  private readonly archive: EpisodeBag[] = [];
  private next = 0;

  constructor(private readonly capacity = 100) {}

  get size(): number {
    return this.archive.length;
  }

  /** The bonus for a success described by `episode` (copied into the archive afterwards). */
  reward(episode: EpisodeBag, weight: number, kind: SuccessSimilarity): number {
    let mean = 0;
    for (const past of this.archive) mean += similarity(kind, episode, past);
    if (this.archive.length > 0) mean /= this.archive.length;
    const copy = new Map(episode);
    if (this.archive.length < this.capacity) this.archive.push(copy);
    else this.archive[this.next] = copy;
    this.next = (this.next + 1) % this.capacity;
    return weight * (1 - mean);
  }
}

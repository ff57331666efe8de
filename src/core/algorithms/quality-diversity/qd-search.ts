// The quality-diversity tab's three searches over maze controllers (catalogue D3, §3.2), one chunk of evaluations
// per call of `chunk()`:
//   - 'reward': a (μ + λ) genetic algorithm on the reward alone, the baseline that a decoy traps;
//   - 'novelty': novelty search (Lehman & Stanley 2011): the same algorithm ranking by novelty instead, with an archive;
//   - 'serene': SERENE (Paolo et al. 2021): novelty search, plus emitters (emitter.ts) seeded at the rewarding
//     behaviours it finds; once there are emitters, chunks alternate between exploring and exploiting.
// Behaviour descriptors are the final position, or the whole trajectory (eleven positions), scaled to [0, 1], or
// (TAXONS-style, Paolo et al. 2020) a code learned by an autoencoder from an image of the trajectory: the model is
// given (descriptor-model.ts), retrained every few generations on the images seen, and the archive re-described.
import type { Rng } from '../../rng/rng.ts';
import { runController, SENSOR_COUNT, type MazeLayout } from '../../envs/deceptive-maze/deceptive-maze.ts';
import { mlpController, mutate, randomGenome, type Topology } from './mlp-genome.ts';
import { NoveltyArchive, type Descriptor } from './novelty-archive.ts';
import { Emitter } from './emitter.ts';
import { trajectoryImage, type DescriptorModel } from './descriptor-model.ts';

export type QdMode = 'reward' | 'novelty' | 'serene';
export type DescriptorKind = 'final-position' | 'trajectory' | 'learned';

export interface QdSettings {
  readonly mode: QdMode;
  /** Nearest neighbours in the novelty average (catalogue default 10). */
  readonly k: number;
  /** Archive threshold: a fixed novelty or the running 90th percentile. */
  readonly threshold: number | 'auto';
  /** Evaluations one emitter may spend (catalogue default 100; 0 turns SERENE into novelty search). */
  readonly emitterBudget: number;
  readonly descriptor: DescriptorKind;
  /** Individuals per generation (and evaluations per chunk). */
  readonly populationSize: number;
  /** Mutation scale of the exploring search and of the emitters. */
  readonly sigma: number;
  readonly emitterSigma: number;
  /** Steps the robot is driven for. */
  readonly steps: number;
}

export const DEFAULT_QD: QdSettings = {
  mode: 'novelty', k: 10, threshold: 'auto', emitterBudget: 100, descriptor: 'final-position',
  populationSize: 50, sigma: 0.5, emitterSigma: 0.2, steps: 400,
};

export const TOPOLOGY: Topology = { inputs: SENSOR_COUNT, hidden: 5, outputs: 2 };
/** Positions sampled along a trajectory (after the start) for the trajectory descriptor and the drawing. */
const PATH_SAMPLES = 10;
/** Coverage is counted on a grid of squares this many maze units wide. */
export const COVERAGE_SQUARE = 10;
/** Positions sampled along the way for a learned descriptor's trajectory image. */
const IMAGE_PATH_SAMPLES = 40;
/** Exploring chunks between retrainings of a learned descriptor, and the most recent images it trains on. */
const RETRAIN_EVERY = 20;
const TRAINING_IMAGES = 1000;
/** A rewarding behaviour whose final position is this close (in maze widths) to an existing emitter's seeds none. */
const EMITTER_EXCLUSION = 0.1;

export interface Evaluated {
  readonly genome: Float64Array;
  descriptor: Descriptor;
  readonly finalX: number;
  readonly finalY: number;
  readonly reward: number;
  /** Positions along the way, (x, y) pairs. */
  readonly path: Float64Array;
  /** The trajectory image (learned descriptors only). */
  readonly image: Float32Array | null;
  novelty: number;
}

export interface ChunkReport {
  readonly kind: 'explore' | 'exploit';
  readonly evaluations: number;
}

export class QualityDiversitySearch {
  population: Evaluated[] = [];
  /** Trajectory images of the archive's members and of recent evaluations (learned descriptors only). */
  private readonly archiveImages: Float32Array[] = [];
  private recentImages: Float32Array[] = [];
  private exploreChunks = 0;
  /** Times the learned descriptor has been retrained. */
  retrainings = 0;
  readonly archive: NoveltyArchive;
  /** Final positions of the archive's members, in maze units. */
  readonly archivePositions: { x: number; y: number }[] = [];
  evaluations = 0;
  best: Evaluated | null = null;
  /** Evaluation at which the reward first exceeded `firstThreshold` (the treasure's area), or null. */
  firstTreasure: number | null = null;
  readonly covered: Uint8Array;
  coveredCount = 0;
  readonly emitterQueue: Emitter<Evaluated>[] = [];
  active: Emitter<Evaluated> | null = null;
  /** Elites of finished emitters: SERENE's reward archive. */
  readonly rewardArchive: Evaluated[] = [];
  emitterEvaluations = 0;
  private exploitNext = false;
  private readonly side: number;

  constructor(
    readonly layout: MazeLayout, private readonly rng: Rng, public settings: QdSettings = DEFAULT_QD,
    /** Rewards above this count as reaching the treasure (the decoy pays at most its value). */
    private readonly treasureThreshold = 0.3,
    /** The autoencoder behind a learned descriptor (required for descriptor 'learned'). */
    private readonly model?: DescriptorModel,
  ) {
    check(settings);
    if (settings.descriptor === 'learned' && !model) throw new RangeError('A learned descriptor needs a model to learn it');
    this.archive = new NoveltyArchive(settings.k, settings.threshold);
    this.side = Math.ceil(layout.size / COVERAGE_SQUARE);
    this.covered = new Uint8Array(this.side * this.side);
    const first = Array.from({ length: settings.populationSize }, () => this.evaluate(randomGenome(TOPOLOGY, rng)));
    this.population = first;
    if (this.model) {
      // The first code space is learned from the first population's images.
      this.model.fit(first.map((e) => e.image!));
      this.retrainings++;
      this.describe(first);
    }
    if (settings.mode !== 'reward') this.rankByNovelty(first, first);
  }

  /** Share of the maze's squares in which some evaluated controller ended. */
  get coverage(): number {
    return this.coveredCount / this.covered.length;
  }

  updateSettings(next: QdSettings): void {
    check(next);
    this.settings = next;
    this.archive.k = next.k;
    this.archive.threshold = next.threshold;
  }

  /** One chunk: a generation of the exploring search, or (SERENE, in turn) a round of the emitters. */
  chunk(): ChunkReport {
    const before = this.evaluations;
    const s = this.settings;
    const exploit = s.mode === 'serene' && this.exploitNext && (this.active !== null || this.emitterQueue.length > 0);
    if (exploit) this.exploitChunk();
    else this.exploreChunk();
    // SERENE alternates the two once there is something to exploit.
    this.exploitNext = s.mode === 'serene' && !exploit && s.emitterBudget > 0;
    return { kind: exploit ? 'exploit' : 'explore', evaluations: this.evaluations - before };
  }

  private exploreChunk(): void {
    const s = this.settings;
    const byNovelty = s.mode !== 'reward';
    const score = (e: Evaluated) => (byNovelty ? e.novelty : e.reward);
    const offspring: Evaluated[] = [];
    for (let i = 0; i < s.populationSize; i++) {
      // Binary tournament on the search's own score.
      const a = this.population[this.rng.int(this.population.length)]!;
      const b = this.population[this.rng.int(this.population.length)]!;
      offspring.push(this.evaluate(mutate((score(b) > score(a) ? b : a).genome, s.sigma, this.rng)));
    }
    if (this.model) this.describe(offspring);
    const all = [...this.population, ...offspring];
    if (byNovelty) {
      this.rankByNovelty(all, offspring);
      if (s.mode === 'serene' && s.emitterBudget > 0) this.seedEmitters(offspring);
    }
    // (μ + λ) truncation; offspring first, so that on ties (a reward of 0 everywhere) the search still drifts.
    const ranked = [...offspring, ...this.population].sort((x, y) => score(y) - score(x));
    this.population = ranked.slice(0, s.populationSize);
    if (this.model && ++this.exploreChunks % RETRAIN_EVERY === 0) this.retrain();
  }

  /** Learned descriptors: encode the batch's images with the current model, in one pass. */
  private describe(batch: Evaluated[]): void {
    const codes = this.model!.encode(batch.map((e) => e.image!));
    batch.forEach((e, i) => { e.descriptor = codes[i]!; });
  }

  /** Learned descriptors: retrain on the archive's and the recent images, then re-describe archive and population. */
  private retrain(): void {
    this.model!.fit([...this.archiveImages, ...this.recentImages.slice(-TRAINING_IMAGES)]);
    this.retrainings++;
    this.archive.redescribe(this.model!.encode(this.archiveImages));
    this.describe(this.population);
  }

  private rankByNovelty(all: Evaluated[], candidates: Evaluated[]): void {
    const novelty = this.archive.score(all.map((e) => e.descriptor));
    all.forEach((e, i) => { e.novelty = novelty[i]!; });
    const added = this.archive.offer(candidates.map((e) => e.descriptor), candidates.map((e) => e.novelty));
    for (const i of added) {
      const e = candidates[i]!;
      this.archivePositions.push({ x: e.finalX, y: e.finalY });
      if (e.image) this.archiveImages.push(e.image);
    }
  }

  /**
   * Rewarding offspring become emitters, the most novel first, unless an emitter so far (running, waiting or
   * finished) already stands near them with at least their reward: a better find near an old emitter seeds anew.
   */
  private seedEmitters(offspring: Evaluated[]): void {
    const taken: Evaluated[] = [...this.rewardArchive];
    for (const e of [...this.emitterQueue, ...(this.active ? [this.active] : [])]) taken.push(e.seed, e.elite);
    const fresh = offspring.filter((e) => e.reward > 0).sort((x, y) => y.novelty - x.novelty);
    for (const e of fresh) {
      if (taken.some((t) => t.reward >= e.reward && this.endDistance(t, e) < EMITTER_EXCLUSION)) continue;
      this.emitterQueue.push(new Emitter(e, this.settings.emitterBudget, this.settings.emitterSigma));
      taken.push(e);
    }
  }

  /** Distance between two final positions, in maze widths. */
  private endDistance(a: Evaluated, b: Evaluated): number {
    return Math.hypot(a.finalX - b.finalX, a.finalY - b.finalY) / this.layout.size;
  }

  private exploitChunk(): void {
    const s = this.settings;
    let left = s.populationSize;
    const tried: Evaluated[] = [];
    while (left > 0) {
      if (!this.active) {
        const next = this.emitterQueue.shift();
        if (!next) break;
        this.active = next;
      }
      const before = this.evaluations;
      tried.push(...this.active.batch((g) => this.evaluate(g), this.rng));
      const spent = this.evaluations - before;
      this.emitterEvaluations += spent;
      left -= spent;
      if (this.active.done) {
        this.rewardArchive.push(this.active.elite);
        this.active = null;
      }
      if (spent === 0) break;
    }
    // What the emitters stumble on may be novel too (SERENE offers it to the novelty archive).
    if (tried.length > 0) {
      if (this.model) this.describe(tried);
      this.rankByNovelty([...this.population, ...tried], tried);
    }
  }

  private evaluate(genome: Float64Array): Evaluated {
    const learned = this.settings.descriptor === 'learned';
    const out = runController(this.layout, mlpController(genome, TOPOLOGY), this.settings.steps, learned ? IMAGE_PATH_SAMPLES : PATH_SAMPLES);
    const size = this.layout.size;
    const image = learned ? trajectoryImage(out.path, size) : null;
    if (image) {
      this.recentImages.push(image);
      if (this.recentImages.length > 2 * TRAINING_IMAGES) this.recentImages = this.recentImages.slice(-TRAINING_IMAGES);
    }
    // A learned descriptor is filled in by describe() once the batch is done.
    const descriptor = this.settings.descriptor === 'trajectory'
      ? Float64Array.from(out.path, (v) => v / size)
      : Float64Array.of(out.finalX / size, out.finalY / size);
    this.evaluations++;
    const e: Evaluated = {
      genome, descriptor, finalX: out.finalX, finalY: out.finalY, reward: out.reward, path: out.path, image, novelty: 0,
    };
    const cx = Math.min(this.side - 1, Math.floor(out.finalX / COVERAGE_SQUARE));
    const cy = Math.min(this.side - 1, Math.floor(out.finalY / COVERAGE_SQUARE));
    if (!this.covered[cy * this.side + cx]) {
      this.covered[cy * this.side + cx] = 1;
      this.coveredCount++;
    }
    if (!this.best || e.reward > this.best.reward) this.best = e;
    if (this.firstTreasure === null && e.reward > this.treasureThreshold) this.firstTreasure = this.evaluations;
    return e;
  }
}

function check(s: QdSettings): void {
  if (!(Number.isInteger(s.k) && s.k >= 1)) throw new RangeError(`Novelty search needs k ≥ 1 neighbours, got ${s.k}`);
  if (s.threshold !== 'auto' && !(s.threshold >= 0 && Number.isFinite(s.threshold))) {
    throw new RangeError(`The novelty archive's threshold must be 'auto' or a number ≥ 0, got ${s.threshold}`);
  }
  if (!(Number.isInteger(s.emitterBudget) && s.emitterBudget >= 0)) throw new RangeError(`SERENE's emitter budget must be a whole number ≥ 0, got ${s.emitterBudget}`);
  if (!(Number.isInteger(s.populationSize) && s.populationSize >= 2)) throw new RangeError(`The population needs at least 2 individuals, got ${s.populationSize}`);
  if (!(s.sigma > 0 && s.emitterSigma > 0)) throw new RangeError('Mutation scales must be positive');
  if (!(Number.isInteger(s.steps) && s.steps >= 1)) throw new RangeError(`The robot needs at least one step, got ${s.steps}`);
}

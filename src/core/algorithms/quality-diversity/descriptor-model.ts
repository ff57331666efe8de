// What a learned behaviour descriptor needs (TAXONS, Paolo et al. 2020): an image of each trajectory, and a model
// that learns a low-dimensional code of those images (an autoencoder, src/core/nn/autoencoder.ts) and encodes them.
// Novelty is then measured between codes instead of hand-chosen features.

export interface DescriptorModel {
  /** Trains on these images (from scratch or further: the model decides). */
  fit(images: readonly Float32Array[]): void;
  /** One code per image. */
  encode(images: readonly Float32Array[]): Float64Array[];
  dispose(): void;
}

/** The trajectory image's side: the maze is seen as IMAGE_SIDE × IMAGE_SIDE squares. */
export const IMAGE_SIDE = 10;

/**
 * The autoencoder of the learned descriptor: 100 pixels → 32 → a code of 4 → 32 → 100. A code of 2 reached the
 * treasure in 2 of 3 seeds within 10,000 evaluations, 4 in all 3; 100 Adam steps of 128 images per retraining.
 */
export const TAXONS_AUTOENCODER = { inputs: IMAGE_SIDE * IMAGE_SIDE, hidden: 32, code: 4, learningRate: 0.01, steps: 100, batchSize: 128 } as const;

/** A trajectory as an image: 1 in every square one of its sampled positions fell in, 0 elsewhere. */
export function trajectoryImage(path: Float64Array, size: number): Float32Array {
  const image = new Float32Array(IMAGE_SIDE * IMAGE_SIDE);
  for (let i = 0; i + 1 < path.length; i += 2) {
    const cx = Math.min(IMAGE_SIDE - 1, Math.max(0, Math.floor((path[i]! / size) * IMAGE_SIDE)));
    const cy = Math.min(IMAGE_SIDE - 1, Math.max(0, Math.floor((path[i + 1]! / size) * IMAGE_SIDE)));
    image[cy * IMAGE_SIDE + cx] = 1;
  }
  return image;
}

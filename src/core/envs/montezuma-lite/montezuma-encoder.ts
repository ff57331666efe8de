// How a network sees a Montezuma-lite state: the column one-hot, the row one-hot, whether the key is held, and one
// bit per coin already collected. Everything the state holds, nothing more, so a novelty bonus (RND) can tell
// every state apart.
import type { FeatureEncoder } from '../feature-encoder.ts';
import type { MontezumaLiteEnv } from './montezuma-lite-env.ts';

export function createMontezumaEncoder(env: MontezumaLiteEnv): FeatureEncoder {
  const { width, height, coins } = env.layout;
  const size = width + height + 1 + coins.length;
  return {
    size,
    encode(obs, out, offset) {
      const { cell, hasKey, coinMask } = env.decode(obs);
      out.fill(0, offset, offset + size);
      out[offset + (cell % width)] = 1;
      out[offset + width + Math.floor(cell / width)] = 1;
      if (hasKey) out[offset + width + height] = 1;
      for (let i = 0; i < coins.length; i++) if (coinMask & (1 << i)) out[offset + width + height + 1 + i] = 1;
    },
  };
}

// Finds the longest run of consecutive words two texts share, after folding case and stripping punctuation.
// Used by the paper-guide test to prove that no study guide copies a phrase from its abstract.

/** Drops accents, lower-cases, turns every character that is not a letter or digit into a space and splits on whitespace. */
export function foldWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

export interface SharedRun {
  /** Number of words in the longest shared run (0 when the texts share no word). */
  readonly length: number;
  /** The run itself, in folded form (empty when length is 0). */
  readonly words: string[];
}

/** Longest run of consecutive folded words that occurs in both `a` and `b` (longest common substring over words). */
export function longestSharedRun(a: string, b: string): SharedRun {
  const wa = foldWords(a);
  const wb = foldWords(b);
  let best = 0;
  let bestEnd = 0; // exclusive end index in wa
  // Classic O(|a|·|b|) dynamic programme with one rolling row.
  let prev = new Array<number>(wb.length + 1).fill(0);
  for (let i = 1; i <= wa.length; i++) {
    const cur = new Array<number>(wb.length + 1).fill(0);
    for (let j = 1; j <= wb.length; j++) {
      if (wa[i - 1] === wb[j - 1]) {
        const run = prev[j - 1] + 1;
        cur[j] = run;
        if (run > best) {
          best = run;
          bestEnd = i;
        }
      }
    }
    prev = cur;
  }
  return { length: best, words: wa.slice(bestEnd - best, bestEnd) };
}

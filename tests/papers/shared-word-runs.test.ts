import { describe, it, expect } from 'vitest';
import { foldWords, longestSharedRun } from '../../src/papers/shared-word-runs.ts';

describe('foldWords', () => {
  it('folds case, strips punctuation and accents, and splits on whitespace', () => {
    expect(foldWords('  Hello, World!  Q*-learning (naïve)… 4.5% ')).toEqual(['hello', 'world', 'q', 'learning', 'naive', '4', '5']);
  });

  it('returns no words for punctuation-only text', () => {
    expect(foldWords(' -- , . ! ')).toEqual([]);
  });
});

describe('longestSharedRun', () => {
  it('finds the longest common run of consecutive words, ignoring case and punctuation', () => {
    const a = 'The quick brown fox jumps over the lazy dog.';
    const b = 'Yesterday a QUICK, brown fox jumped over the lazy dog again.';
    // "quick brown fox" (3) and "over the lazy dog" (4): the longer one wins.
    expect(longestSharedRun(a, b)).toEqual({ length: 4, words: ['over', 'the', 'lazy', 'dog'] });
  });

  it('is symmetric in length', () => {
    const a = 'agents explore with a count based bonus and then exploit';
    const b = 'a count based bonus helps agents explore';
    expect(longestSharedRun(a, b).length).toBe(4);
    expect(longestSharedRun(b, a).length).toBe(4);
  });

  it('reports zero for texts without a common word', () => {
    expect(longestSharedRun('policy gradient', 'value iteration')).toEqual({ length: 0, words: [] });
    expect(longestSharedRun('', 'anything')).toEqual({ length: 0, words: [] });
  });

  it('does not join words across a skipped word', () => {
    expect(longestSharedRun('one two three four', 'one two X three four').length).toBe(2);
  });
});

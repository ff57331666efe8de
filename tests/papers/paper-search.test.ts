import { describe, expect, it } from 'vitest';
import { PAPERS, PAPER_IDS } from '../../src/papers/papers.ts';
import { PAPER_TITLES } from '../../src/papers/paper-titles.ts';
import {
  EMPTY_QUERY, formatPaperQuery, foldText, parsePaperQuery, relatedPapers, searchPapers,
} from '../../src/papers/paper-search.ts';

describe('paper search', () => {
  it('returns every paper in seed order for the empty query', () => {
    expect(searchPapers(EMPTY_QUERY)).toEqual(PAPER_IDS);
  });

  it('folds case, accents and punctuation', () => {
    expect(foldText('Go-Explore: a New Approach!')).toBe('go explore a new approach');
    expect(foldText('Élan')).toBe('elan');
  });

  it('finds a paper by its title, its short name or a word of its summary', () => {
    expect(searchPapers({ ...EMPTY_QUERY, text: 'go-explore' })).toContain('go-explore');
    expect(searchPapers({ ...EMPTY_QUERY, text: 'METRA' })).toContain('metra');
    expect(searchPapers({ ...EMPTY_QUERY, text: 'dormant' })).toContain('drm');
  });

  it('needs every word, each at the start of a word', () => {
    const both = searchPapers({ ...EMPTY_QUERY, text: 'explore intelligent' });
    expect(both).toContain('intelligent-go-explore');
    expect(both).not.toContain('go-explore');
    expect(searchPapers({ ...EMPTY_QUERY, text: 'xplore' })).not.toContain('go-explore');
    expect(searchPapers({ ...EMPTY_QUERY, text: 'zzzz-no-such-word' })).toEqual([]);
  });

  it('filters by theme and by fidelity, together', () => {
    const hits = searchPapers({ ...EMPTY_QUERY, theme: 'offline RL', fidelity: 'direct' });
    expect(hits.length).toBeGreaterThan(0);
    for (const id of hits) expect(PAPERS[id]).toMatchObject({ theme: 'offline RL', fidelity: 'direct' });
    const expected = PAPER_IDS.filter((id) => PAPERS[id].theme === 'offline RL' && PAPERS[id].fidelity === 'direct');
    expect(hits).toEqual(expected);
  });

  it('sorts by title, by theme and by fidelity', () => {
    const titles = searchPapers({ ...EMPTY_QUERY, sort: 'title' }).map((id) => PAPER_TITLES[id].toLowerCase());
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en')));
    const fidelities = searchPapers({ ...EMPTY_QUERY, sort: 'fidelity' }).map((id) => PAPERS[id].fidelity);
    expect(fidelities.indexOf('analogue')).toBeGreaterThan(fidelities.lastIndexOf('direct'));
    expect(fidelities.indexOf('context-only')).toBeGreaterThan(fidelities.lastIndexOf('analogue'));
    const themes = searchPapers({ ...EMPTY_QUERY, sort: 'theme' }).map((id) => PAPERS[id].theme);
    // Each theme forms one block.
    expect(new Set(themes).size).toBe(themes.filter((t, i) => t !== themes[i - 1]).length);
  });

  it('round-trips a query through the URL and drops unknown values', () => {
    const query = { text: 'offline data', theme: 'offline RL' as const, fidelity: 'analogue' as const, sort: 'title' as const };
    expect(parsePaperQuery(formatPaperQuery(query))).toEqual(query);
    expect(formatPaperQuery(EMPTY_QUERY)).toBe('');
    expect(parsePaperQuery('theme=astrology&fidelity=perfect&sort=random&q=x')).toEqual({ ...EMPTY_QUERY, text: 'x' });
    expect(parsePaperQuery('%%%')).toMatchObject({ theme: null, fidelity: null, sort: 'seed' });
  });

  it('relates papers that share a catalogue demo before those that only share a theme', () => {
    const related = relatedPapers('go-explore');
    expect(related.length).toBeGreaterThan(0);
    expect(related.length).toBeLessThanOrEqual(5);
    expect(related).not.toContain('go-explore');
    // Intelligent Go-Explore and the Quality-Diversity thesis share Go-Explore's demo (D3) and its theme; GUI-Bee
    // shares D3 only; METRA shares the theme only.
    expect(related.slice(0, 2).sort()).toEqual(['intelligent-go-explore', 'quality-diversity']);
    expect(related.indexOf('gui-bee')).toBe(2);
  });
});

// Marker lines: at the tick on per-step charts, at each agent's episode count otherwise; labels merged and thinned.
import { describe, expect, it } from 'vitest';
import { formatControlValue, markerLines, sameMarkers } from '../../../src/ui/charts/chart-markers.ts';
import type { ParamMarker } from '../../../src/engine/run.ts';

const agents = [{ id: 'q', color: '#0072B2' }, { id: 'vi', color: '#E69F00' }];
const label = (key: string) => (key === 'epsilon' ? 'ε' : key);

describe('markerLines', () => {
  it('puts per-step markers at the tick, one line per tick with the changes merged', () => {
    const markers: ParamMarker[] = [
      { tick: 500, episodes: {}, key: 'epsilon', value: 0.05 },
      { tick: 500, episodes: {}, key: 'alpha', value: 0.1 },
    ];
    expect(markerLines(markers, agents, { perStep: true, controlLabel: label, xMax: 1000 })).toEqual([
      { key: 'step:500', x: 500, label: 'ε → 0.05, alpha → 0.1' },
    ]);
  });

  it('puts per-episode markers at each agent\'s episode count, coloured like the agent', () => {
    const markers: ParamMarker[] = [{ tick: 9000, episodes: { q: 40, vi: 12 }, key: 'epsilon', value: 0.05 }];
    expect(markerLines(markers, agents, { perStep: false, controlLabel: label, xMax: 100 })).toEqual([
      { key: 'vi:12', x: 12, color: '#E69F00', label: 'ε → 0.05' },
      { key: 'q:40', x: 40, color: '#0072B2', label: 'ε → 0.05' },
    ]);
  });

  it('drops labels crowding a later labelled line, keeping the latest', () => {
    const markers: ParamMarker[] = [98, 99, 100].map((tick, i) => ({ tick, episodes: {}, key: 'epsilon', value: i / 10 }));
    const lines = markerLines(markers, agents, { perStep: true, xMax: 1000 });
    expect(lines.map((l) => l.label)).toEqual([undefined, undefined, 'epsilon → 0.2']);
  });
});

describe('formatControlValue', () => {
  it('writes numbers briefly and booleans as on/off', () => {
    expect(formatControlValue(0.05)).toBe('0.05');
    expect(formatControlValue(0.123456)).toBe('0.123');
    expect(formatControlValue(2000)).toBe('2000');
    expect(formatControlValue(true)).toBe('on');
    expect(formatControlValue('four-rooms')).toBe('four-rooms');
  });
});

describe('sameMarkers', () => {
  it('compares by content (snapshots copy the markers)', () => {
    const a: ParamMarker[] = [{ tick: 1, episodes: { q: 2 }, key: 'epsilon', value: 0.1 }];
    expect(sameMarkers(a, a.map((m) => ({ ...m, episodes: { ...m.episodes } })))).toBe(true);
    expect(sameMarkers(a, [{ ...a[0], value: 0.2 }])).toBe(false);
    expect(sameMarkers(a, [])).toBe(false);
  });
});

// CSV export: the header, 1-based x, raw (unsmoothed, undecimated) values, and empty cells past a shorter series.
import { describe, expect, it } from 'vitest';
import { csvField, seriesToCsv } from '../../../src/ui/charts/export-csv.ts';
import { seriesKey } from '../../../src/state/metrics-store.ts';

const chart = { id: 'return', title: 'Return per episode', metric: 'episode/return', smoothing: 5 } as const;

describe('seriesToCsv', () => {
  it('writes x, then mean, lo and hi per agent, exactly as recorded', () => {
    const series = {
      [seriesKey('q', 'episode/return')]: { mean: [-100, -20.5, -13], lo: [-120, -25.25, -14], hi: [-80, -15.75, -12] },
      [seriesKey('dyna', 'episode/return')]: { mean: [-50, 0.1], lo: [-60, 0], hi: [-40, 0.2] },
      [seriesKey('q', 'episode/length')]: { mean: [999], lo: [999], hi: [999] },
    };
    const agents = [
      { id: 'q', label: 'Q-learning' },
      { id: 'dyna', label: 'Dyna-Q' },
      { id: 'vi', label: 'Value iteration' }, // no series for this metric: no columns
    ];
    expect(seriesToCsv(chart, agents, series)).toBe(
      'x,Q-learning mean,Q-learning lo,Q-learning hi,Dyna-Q mean,Dyna-Q lo,Dyna-Q hi\n' +
      '1,-100,-120,-80,-50,-60,-40\n' +
      '2,-20.5,-25.25,-15.75,0.1,0,0.2\n' +
      '3,-13,-14,-12,,,\n',
    );
  });

  it('quotes labels with commas or quotes', () => {
    const series = { [seriesKey('e', 'episode/return')]: { mean: [1], lo: [1], hi: [1] } };
    expect(seriesToCsv(chart, [{ id: 'e', label: 'ε-greedy, "fast"' }], series)).toBe(
      'x,"ε-greedy, ""fast"" mean","ε-greedy, ""fast"" lo","ε-greedy, ""fast"" hi"\n1,1,1,1\n',
    );
    expect(csvField('plain')).toBe('plain');
  });

  it('leads each agent’s columns with its x metric for a chart against one', () => {
    const series = {
      [seriesKey('g', 'explore/archive-size')]: { mean: [3, 5], lo: [3, 5], hi: [3, 5] },
      [seriesKey('g', 'explore/frames')]: { mean: [50, 100], lo: [50, 100], hi: [50, 100] },
    };
    const cells = { id: 'cells', title: 'Cells', metric: 'explore/archive-size', smoothing: 1, x: 'explore/frames' } as const;
    expect(seriesToCsv(cells, [{ id: 'g', label: 'Go' }], series)).toBe(
      'x,Go explore/frames,Go mean,Go lo,Go hi\n1,50,3,3,3\n2,100,5,5,5\n',
    );
  });

  it('writes only the header when there is no data', () => {
    expect(seriesToCsv(chart, [{ id: 'q', label: 'Q' }], {})).toBe('x\n');
  });
});

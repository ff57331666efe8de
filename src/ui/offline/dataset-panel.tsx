// The dataset's two numbers (catalogue D7, after the dataset-perspective paper) as gauges, with what they are made
// of: TQ from the mean return between the random and expert references, SACo from the distinct (cell, move) pairs
// against a replay dataset of the same size. The export button saves the very data the learners train on.
import type { DatasetSummary } from '../../core/data/dataset-summary.ts';
import type { OfflineDataset } from '../../core/data/offline-dataset.ts';
import { exportDataset } from '../../core/data/dataset-file.ts';
import { downloadText } from '../charts/download.ts';

function Gauge({ label, value, detail, testId }: { label: string; value: number; detail: string; testId: string }) {
  // The bar shows 0–1 (beyond 1 it is full: more coverage than the replay reference, or better than the expert).
  const share = Number.isFinite(value) ? Math.max(0, Math.min(1, value)) : 0;
  return (
    <div className="offline-gauge" data-testid={testId} data-value={Number.isFinite(value) ? value.toFixed(4) : 'NaN'}>
      <div className="offline-gauge-head">
        <span>{label}</span>
        <strong>{Number.isFinite(value) ? value.toFixed(2) : '—'}</strong>
      </div>
      <div className="offline-gauge-track" role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={1} aria-valuenow={share}>
        <div className="offline-gauge-fill" style={{ width: `${share * 100}%` }} />
      </div>
      <p className="offline-muted">{detail}</p>
    </div>
  );
}

const fmt = (x: number) => x.toFixed(3);

export function DatasetPanel({ dataset, summary, name }: { dataset: OfflineDataset; summary: DatasetSummary; name: string }) {
  const { references } = summary;
  const reached = summary.episodes > 0 ? Math.round((100 * summary.terminatedEpisodes) / summary.episodes) : 0;
  return (
    <div className="offline-dataset">
      <p className="offline-facts" data-testid="dataset-facts">
        <strong>{name}</strong>: {summary.transitions.toLocaleString('en')} transitions in {summary.episodes.toLocaleString('en')} episodes;
        {' '}{reached}% of them reach the goal.
        {dataset.meta.hazards?.length ? ` ${Math.round((100 * summary.hazardEpisodes) / Math.max(1, summary.episodes))}% enter the hazard.` : ''}
      </p>
      <div className="offline-gauges">
        <Gauge label="TQ (trajectory quality)" value={summary.tq} testId="gauge-tq"
          detail={`Mean return ${fmt(summary.meanReturn)}, between random ${fmt(references.random)} (TQ 0) and expert ${fmt(references.expert)} (TQ 1).`} />
        <Gauge label="SACo (state-action coverage)" value={summary.saco} testId="gauge-saco"
          detail={`${summary.uniquePairs} distinct (cell, move) pairs, against ${summary.referencePairs} in a replay dataset of the same size (SACo 1).`} />
      </div>
      <button type="button" onClick={() => downloadText(`${name}.dataset.json`, exportDataset(dataset), 'application/json')}>
        Export dataset (JSON)
      </button>
    </div>
  );
}

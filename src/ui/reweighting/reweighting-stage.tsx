// The reweighting demo's environment view (catalogue D10): the dataset's episodes by return with the share of the
// samples each bin gets under uniform sampling and under the chosen reweighting, the effective behaviour return
// and the positive-sided return variance; the final return against α; then the map with the watched learner's moves
// and the start cells.
import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useExperimentStore } from '../../state/experiment-store.ts';
import { envStreamOf } from '../../engine/run-streams.ts';
import { createReweightingWorld, type ReweightingWorldParams } from '../../demos/reweighting-world.ts';
import { expertEpisodeCount } from '../../core/data/mixed-quality-datasets.ts';
import {
  effectiveReturn, normalizedReturns, positiveSidedVariance, trajectoryWeights, type SamplingScheme,
} from '../../core/data/trajectory-weights.ts';
import type { AnyDemo } from '../../demos/demo-spec.ts';
import { AlphaSweepChart } from './alpha-sweep-chart.tsx';
import { GridCanvas } from '../grid-canvas/grid-canvas.tsx';
import { GridLegend } from '../grid-canvas/grid-legend.tsx';
import { GridOverlayToggles } from '../grid-canvas/grid-overlay-toggles.tsx';
import './reweighting.css';

const TOOLTIP_STYLE = { background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' };
const BINS = 10;
const percent = (x: number) => `${(100 * x).toFixed(x < 0.01 && x > 0 ? 2 : 1)}%`;

export function ReweightingStage({ demo }: { demo: AnyDemo }) {
  const experiment = useExperimentStore((s) => s.experiment);
  const p = experiment?.params as unknown as (ReweightingWorldParams & { sampling: SamplingScheme; samplingAlpha: number; gradientSteps: number }) | undefined;
  const seed = experiment?.seed ?? 1;
  const world = useMemo(() => {
    if (!p) return null;
    try {
      return createReweightingWorld({ expertShare: p.expertShare, startSpread: p.startSpread }, envStreamOf(seed, 0));
    } catch {
      // Params the run refuses: it says why; there is nothing to draw.
      return null;
    }
  }, [p?.expertShare, p?.startSpread, seed]);
  const facts = useMemo(() => {
    if (!p || !world) return null;
    try {
      const returns = normalizedReturns(world.dataset);
      const uniform = trajectoryWeights(world.dataset, 'uniform', 1);
      const chosen = trajectoryWeights(world.dataset, p.sampling, p.samplingAlpha);
      const bins = Array.from({ length: BINS }, (_, b) => ({ bin: `${(b / BINS).toFixed(1)}–${((b + 1) / BINS).toFixed(1)}`, episodes: 0, uniform: 0, chosen: 0 }));
      returns.forEach((g, i) => {
        const b = bins[Math.min(BINS - 1, Math.floor(g * BINS))]!;
        b.episodes += 1 / returns.length;
        b.uniform += uniform.episodeMass[i]!;
        b.chosen += chosen.episodeMass[i]!;
      });
      const experts = expertEpisodeCount(world.dataset.episodes.length, p.expertShare / 100);
      const expertMass = uniform.episodeMass.slice(0, experts).reduce((a, b) => a + b, 0);
      return {
        world, bins, expertEpisodes: experts, expertMass,
        uniformReturn: effectiveReturn(uniform.episodeMass, returns), chosenReturn: effectiveReturn(chosen.episodeMass, returns),
        positiveVariance: positiveSidedVariance(returns),
      };
    } catch {
      return null;
    }
  }, [world, p?.expertShare, p?.sampling, p?.samplingAlpha]);
  if (!p || !facts || !experiment) return null;
  const agents = experiment.agents.map((id) => ({ id, label: demo.agents.find((a) => a.id === id)?.label ?? id }));
  const reweighted = p.sampling !== 'uniform';
  const label = p.sampling === 'rw' ? 'RW' : 'AW';
  return (
    <div className="reweighting-stage">
      <h3 className="reweighting-heading">The dataset, as the learners sample it</h3>
      <p className="reweighting-muted">
        {facts.world.dataset.episodes.length} episodes, {facts.expertEpisodes} of them the expert’s: under uniform sampling they
        are {percent(facts.expertMass)} of the transitions a learner sees.
      </p>
      <dl className="reweighting-facts" data-testid="reweighting-facts">
        <div><dt>Effective behaviour return, uniform</dt><dd className="tabular">{facts.uniformReturn.toFixed(3)}</dd></div>
        {reweighted && <div><dt>Effective behaviour return, {label} (α = {p.samplingAlpha})</dt><dd className="tabular">{facts.chosenReturn.toFixed(3)}</dd></div>}
        <div><dt>Positive-sided return variance</dt><dd className="tabular">{facts.positiveVariance.toFixed(4)}</dd></div>
      </dl>
      <figure className="reweighting-figure" data-testid="weight-histogram">
        <ResponsiveContainer width="100%" height={220}>
          <BarChart data={facts.bins} margin={{ top: 10, right: 16, bottom: 18, left: 0 }}>
            <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
            <XAxis dataKey="bin" stroke="var(--text-muted)" fontSize={11}
              label={{ value: 'episode return, rescaled to [0, 1]', position: 'insideBottom', offset: -10, fill: 'var(--text-muted)' }} />
            <YAxis stroke="var(--text-muted)" width={52} tickFormatter={(v: number) => `${Math.round(v * 100)}%`} />
            <Tooltip contentStyle={TOOLTIP_STYLE} formatter={(v, name) => [percent(Number(v)), String(name)]} />
            <Legend verticalAlign="top" height={24} />
            <Bar dataKey="episodes" name="episodes" fill="var(--text-muted)" isAnimationActive={false} />
            <Bar dataKey="uniform" name="samples, uniform" fill="#E69F00" isAnimationActive={false} />
            {reweighted && <Bar dataKey="chosen" name={`samples, ${label}`} fill="var(--accent)" isAnimationActive={false} />}
          </BarChart>
        </ResponsiveContainer>
        <figcaption>
          Each bin’s share of the episodes and of the samples. Uniform sampling gives long random walks more samples than
          their share of episodes; {reweighted ? `${label} moves the samples to the high returns.` : 'choose rw or aw under Sampling to move them to the high returns.'}
        </figcaption>
      </figure>
      <h3 className="reweighting-heading">Final score against α</h3>
      <AlphaSweepChart model={facts.world.model} dataset={facts.world.dataset} alpha={p.samplingAlpha} gradientSteps={p.gradientSteps}
        seed={seed} sampling={p.sampling} agents={agents} />
      <h3 className="reweighting-heading">What the watched learner does</h3>
      <p className="reweighting-muted">Arrows: its greedy move in each cell at the last evaluation, which starts from each of the {p.startSpread ? 'eight start cells' : 'corner start'} in turn.</p>
      <GridOverlayToggles />
      <GridCanvas editable={false} goalRewards="" />
      <GridLegend />
    </div>
  );
}

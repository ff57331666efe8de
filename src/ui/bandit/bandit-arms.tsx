// The arms of a bandit as the watched agent sees them: its estimate and uncertainty (or Beta posterior) per arm,
// its softmax policy π(a) when it has one, its pull counts, and the true values only once revealed.
import type { ReactNode } from 'react';
import type { AgentView } from '../../core/agents/agent.ts';
import type { BanditView } from '../../core/envs/bandits/bandit-env.ts';
import { findDemo } from '../../demos/registry.ts';
import { useExperimentStore } from '../../state/experiment-store.ts';
import { viewStore } from '../../state/view-store.ts';
import { agentColor, sequentialColor } from '../theme/palette.ts';
import { armsSummary } from './arms-summary.ts';
import { asBanditView } from './as-bandit-view.ts';
import { formatCount, formatValue } from './bandit-format.ts';
import { betaCurve } from './beta-curve.ts';
import { uncertaintyLegend } from './uncertainty-legend.ts';
import { useElementWidth } from './use-element-width.ts';
import { useThrottledStore } from '../hooks/use-throttled-store.ts';
import { armsAxisValues, valueDomain } from './value-domain.ts';

/** Many arms switch to a compact layout: thinner columns, no per-arm count text, every fifth arm labelled. */
const COMPACT_ARMS = 16;
const AXIS_W = 44;
const RIGHT_PAD = 8;
const TOP_PAD = 18;
const VALUE_H = 180;
const POLICY_H = 40;
const PULLS_H = 30;
const GAP = 10;
const COUNT_H = 14;
const LABEL_H = 16;

const selectView = (s: ReturnType<typeof viewStore.getState>) => s.view;

interface Layout {
  readonly arms: number;
  readonly compact: boolean;
  readonly colW: number;
  readonly width: number;
  readonly height: number;
  readonly policyY: number;
  readonly pullsY: number;
  readonly countY: number;
  readonly labelY: number;
  readonly x: (arm: number) => number;
}

function layoutFor(arms: number, containerWidth: number, withPolicy: boolean): Layout {
  const compact = arms > COMPACT_ARMS;
  const available = (containerWidth || 640) - AXIS_W - RIGHT_PAD;
  const colW = Math.min(110, Math.max(compact ? 16 : 32, available / arms));
  const policyY = TOP_PAD + VALUE_H + GAP;
  const pullsY = policyY + (withPolicy ? POLICY_H + GAP : 0);
  const countY = pullsY + PULLS_H;
  const labelY = countY + (compact ? 0 : COUNT_H);
  return {
    arms, compact, colW, policyY, pullsY, countY, labelY,
    width: Math.ceil(AXIS_W + arms * colW + RIGHT_PAD),
    height: labelY + LABEL_H + 4,
    x: (arm) => AXIS_W + (arm + 0.5) * colW,
  };
}

/** A policy over preferences (gradient bandit) rather than over value estimates (softmax). */
function showsPreferences(agent: AgentView): boolean {
  return agent.policy !== undefined && agent.estimateKind !== 'mean';
}

function armTooltip(arm: number, agent: AgentView, truth: BanditView, reveal: boolean): string {
  const parts = [`Arm ${arm + 1}`];
  const estimate = agent.estimates?.[arm];
  if (estimate !== undefined) parts.push(`${showsPreferences(agent) ? 'preference' : 'estimate'} ${formatValue(estimate)}`);
  const u = agent.uncertainty?.[arm];
  if (u !== undefined) parts.push(`uncertainty ${formatValue(u)}`);
  if (agent.policy) parts.push(`π ${formatValue(agent.policy[arm], 3)}`);
  const index = agent.indices?.[arm];
  if (index !== undefined) parts.push(`${agent.indexLabel ?? 'index'} ${Number.isFinite(index) ? formatValue(index) : '∞ (not tried yet)'}`);
  parts.push(`${formatCount(agent.pulls?.[arm] ?? 0)} pulls`);
  if (reveal) parts.push(`true value ${formatValue(truth.means[arm])}${arm === truth.optimalArm ? ' (best arm)' : ''}`);
  return parts.join(', ');
}

export function BanditArms(props: { reveal: boolean }) {
  const { reveal } = props;
  const view = useThrottledStore(viewStore, selectView, { intervalMs: 100 });
  // The summary for screen readers changes slowly, so it is not re-announced as counts tick.
  const slowView = useThrottledStore(viewStore, selectView, { intervalMs: 2000 });
  const experiment = useExperimentStore((s) => s.experiment);
  const [scrollRef, containerWidth] = useElementWidth();

  const truth = asBanditView(view?.env);
  const agent = view?.agent;
  const demo = experiment ? findDemo(experiment.demoId) : undefined;
  const spec = demo?.agents.find((a) => a.id === view?.agentId);
  const colourIndex = Math.max(0, experiment?.agents.indexOf(view?.agentId ?? '') ?? 0);
  const colour = agentColor(colourIndex);

  if (!view || !truth || !agent || agent.kind !== 'bandit') {
    return (
      <figure className="bandit-arms bandit-arms-empty">
        <p className="bandit-muted">The arms appear here once the run has started: press Play or Step.</p>
      </figure>
    );
  }

  const slowTruth = asBanditView(slowView?.env) ?? truth;
  const summary = armsSummary({
    agentLabel: spec?.label, arms: slowTruth.means.length, pulls: slowView?.agent.pulls, truth: slowTruth, reveal,
  });

  const arms = truth.means.length;
  const estimates = agent.estimates;
  // An index policy's index is drawn as such; a whisker up to the same point would say it twice.
  const uncertainty = agent.indices ? undefined : agent.uncertainty;
  const betaPosterior = agent.betaAlpha && agent.betaBeta ? { alpha: agent.betaAlpha, beta: agent.betaBeta } : null;
  const policy = agent.policy;
  const pulls = agent.pulls;
  // Indices on a scale of their own (a network's scores) would squash the value axis: they are only listed.
  const indices = agent.indexScale === 'score' ? undefined : agent.indices;
  // The arm an index policy pulls next (ties: the first; the agent breaks them at random).
  let nextArm = -1;
  if (indices) for (let a = 0; a < arms; a++) if (nextArm < 0 || indices[a] > indices[nextArm]) nextArm = a;
  const L = layoutFor(arms, containerWidth, policy !== undefined);

  // The value axis: fixed [0, 1] for probabilities of Bernoulli arms; otherwise what is drawn (never the hidden
  // true values, or the axis would give them away).
  const probabilities = truth.rewardModel === 'bernoulli' && !showsPreferences(agent);
  // UCB's bonus is one-sided (the score is estimate + bonus); a posterior sd is drawn ±2 sd.
  const bonus = agent.uncertaintyKind === 'bonus';
  const halfWidths = uncertainty && uncertainty.map((u) => (bonus ? u : 2 * u));
  const finiteIndices = indices ? Array.from(indices).filter(Number.isFinite) : [];
  const domainValues = probabilities
    ? [0, 1, ...finiteIndices]
    : [...armsAxisValues(estimates, halfWidths, reveal ? truth.means : []), ...finiteIndices];
  const domain = valueDomain(domainValues, 1);
  const top = TOP_PAD;
  const bottom = TOP_PAD + VALUE_H;
  const y = (v: number) => bottom - ((v - domain.lo) / (domain.hi - domain.lo)) * VALUE_H;
  const clampY = (v: number) => Math.min(bottom, Math.max(top, Number.isNaN(v) ? bottom : y(v)));
  const tickDigits = domain.ticks.some((t) => !Number.isInteger(t * 10)) ? 2 : domain.ticks.some((t) => !Number.isInteger(t)) ? 1 : 0;
  const maxPulls = pulls ? Math.max(1, ...pulls) : 1;
  const markerR = Math.min(5, Math.max(2.5, L.colW * 0.16));
  const half = L.colW / 2;
  const scrolls = L.width > containerWidth && containerWidth > 0;

  const columns: ReactNode[] = [];
  for (let a = 0; a < arms; a++) {
    const cx = L.x(a);
    const best = reveal && a === truth.optimalArm;
    const estimate = estimates?.[a];
    let spread: ReactNode = null;
    if (betaPosterior) {
      const curve = betaCurve(betaPosterior.alpha[a], betaPosterior.beta[a]);
      const w = half * 0.85;
      const right = curve.map((p) => `${(cx + w * p.density).toFixed(1)},${y(p.x).toFixed(1)}`);
      const left = curve.map((p) => `${(cx - w * p.density).toFixed(1)},${y(p.x).toFixed(1)}`).reverse();
      spread = <polygon className="bandit-posterior" points={[...right, ...left].join(' ')} fill={colour} stroke={colour} />;
    } else if (uncertainty && estimate !== undefined) {
      const hi = estimate + (bonus ? 1 : 2) * uncertainty[a];
      const lo = bonus ? estimate : estimate - 2 * uncertainty[a];
      const yHi = clampY(hi);
      const yLo = clampY(lo);
      const cap = Math.min(6, half * 0.5);
      spread = (
        <g className="bandit-whisker" stroke={colour}>
          <line x1={cx} x2={cx} y1={yHi} y2={yLo} />
          {y(hi) >= top ? <line x1={cx - cap} x2={cx + cap} y1={yHi} y2={yHi} /> : <path d={`M${cx - cap},${top + cap} L${cx},${top} L${cx + cap},${top + cap}`} fill="none" />}
          {y(lo) <= bottom ? <line x1={cx - cap} x2={cx + cap} y1={yLo} y2={yLo} /> : <path d={`M${cx - cap},${bottom - cap} L${cx},${bottom} L${cx + cap},${bottom - cap}`} fill="none" />}
        </g>
      );
    }
    const armPulls = pulls?.[a] ?? 0;
    const barH = (armPulls / maxPulls) * PULLS_H;
    // Compact: every fifth arm is labelled, and the best arm once revealed (its neighbours then make room).
    const besideBest = reveal && Math.abs(a - truth.optimalArm) === 1;
    const labelled = !L.compact || best || ((a === 0 || (a + 1) % 5 === 0) && !besideBest);
    columns.push(
      <g key={a} className={best ? 'bandit-col bandit-col-best' : 'bandit-col'}>
        <title>{armTooltip(a, agent, truth, reveal)}</title>
        <rect className="bandit-col-hit" x={cx - half} y={0} width={L.colW} height={L.height} />
        {best && <rect className="bandit-best-band" x={cx - half + 1} y={top} width={L.colW - 2} height={VALUE_H} />}
        {spread}
        {reveal && (
          <line className="bandit-true" x1={cx - half * 0.8} x2={cx + half * 0.8} y1={clampY(truth.means[a])} y2={clampY(truth.means[a])} />
        )}
        {indices && (
          <g className={a === nextArm ? 'bandit-index bandit-index-next' : 'bandit-index'} stroke={colour}>
            {Number.isFinite(indices[a])
              ? <line x1={cx - half * 0.75} x2={cx + half * 0.75} y1={clampY(indices[a])} y2={clampY(indices[a])} />
              : <path d={`M${cx - half * 0.5},${top + 8} L${cx},${top} L${cx + half * 0.5},${top + 8}`} fill="none" />}
          </g>
        )}
        {estimate !== undefined && Number.isFinite(estimate) && (
          <circle className="bandit-estimate" cx={cx} cy={clampY(estimate)} r={markerR} fill={colour} />
        )}
        {best && <text className="bandit-star" x={cx} y={top - 5} textAnchor="middle">★</text>}
        {policy && (
          <rect className="bandit-policy" x={cx - half * 0.6} width={half * 1.2} fill={colour}
            y={L.policyY + POLICY_H * (1 - policy[a])} height={POLICY_H * policy[a]} />
        )}
        <rect className="bandit-pulls" x={cx - half * 0.6} width={half * 1.2} y={L.pullsY + PULLS_H - barH} height={barH}
          fill={sequentialColor(0.15 + 0.85 * (armPulls / maxPulls))} />
        {!L.compact && <text className="bandit-count" x={cx} y={L.countY + 11} textAnchor="middle">{formatCount(armPulls)}</text>}
        {labelled && <text className={best ? 'bandit-label bandit-label-best' : 'bandit-label'} x={cx} y={L.labelY + 12} textAnchor="middle">{a + 1}</text>}
      </g>,
    );
  }

  const zeroInside = domain.lo < 0 && domain.hi > 0;
  return (
    <figure className="bandit-arms">
      <figcaption className="bandit-arms-caption">
        {spec ? <><span className="bandit-swatch" style={{ background: colour }} aria-hidden="true" /> {spec.label}: </> : null}
        {policy ? `${showsPreferences(agent) ? 'preferences' : 'estimates'}, policy π(a) and pulls per arm` : indices ? 'estimates, indices and pulls per arm' : 'estimates and pulls per arm'}
        {reveal ? ', with the true values' : ''}
      </figcaption>
      <div ref={scrollRef} className="bandit-arms-scroll" tabIndex={scrolls ? 0 : undefined}
        role={scrolls ? 'region' : undefined} aria-label={scrolls ? 'Arms (scroll sideways for more)' : undefined}>
        <svg className="bandit-arms-svg" width={L.width} height={L.height} viewBox={`0 0 ${L.width} ${L.height}`}
          role="img" aria-label={summary}>
          <title>{`Arms of the bandit${spec ? ` as ${spec.label} sees them` : ''}`}</title>
          <g className="bandit-axis">
            {domain.ticks.map((t) => (
              <g key={t}>
                <line className={t === 0 && zeroInside ? 'bandit-grid bandit-grid-zero' : 'bandit-grid'} x1={AXIS_W} x2={L.width - RIGHT_PAD} y1={y(t)} y2={y(t)} />
                <text className="bandit-tick" x={AXIS_W - 6} y={y(t) + 4} textAnchor="end">{formatValue(t, tickDigits)}</text>
              </g>
            ))}
            {policy && (
              <>
                <line className="bandit-grid" x1={AXIS_W} x2={L.width - RIGHT_PAD} y1={L.policyY + POLICY_H} y2={L.policyY + POLICY_H} />
                <text className="bandit-tick" x={AXIS_W - 6} y={L.policyY + POLICY_H / 2 + 4} textAnchor="end">π(a)</text>
              </>
            )}
            <line className="bandit-grid" x1={AXIS_W} x2={L.width - RIGHT_PAD} y1={L.pullsY + PULLS_H} y2={L.pullsY + PULLS_H} />
            <text className="bandit-tick" x={AXIS_W - 6} y={L.pullsY + PULLS_H / 2 + 4} textAnchor="end">pulls</text>
            <text className="bandit-tick" x={AXIS_W - 6} y={L.labelY + 12} textAnchor="end">arm</text>
          </g>
          {columns}
        </svg>
      </div>
      <ul className="bandit-legend">
        <li><svg width="14" height="14" aria-hidden="true"><circle cx="7" cy="7" r="4.5" fill={colour} /></svg>
          {showsPreferences(agent) ? 'preference H(a) (its own scale, not a value estimate)' : 'estimate Q(a)'}</li>
        {betaPosterior ? (
          <li><svg width="14" height="14" aria-hidden="true"><polygon points="7,1 11,7 7,13 3,7" fill={colour} fillOpacity="0.3" stroke={colour} /></svg>
            Beta posterior of each arm’s success probability</li>
        ) : uncertainty ? (
          <li><svg width="14" height="14" aria-hidden="true"><path d="M4,2 H10 M7,2 V12 M4,12 H10" stroke={colour} strokeWidth="1.5" /></svg>
            {uncertaintyLegend(agent.uncertaintyKind)}</li>
        ) : null}
        {indices && (
          <li><svg width="14" height="14" aria-hidden="true"><line x1="2" x2="12" y1="7" y2="7" stroke={colour} strokeWidth="3" strokeDasharray="3 1.5" /></svg>
            {agent.indexLabel ?? 'index'}: the arm with the highest is pulled next (bold; ^ at the top: not tried yet)</li>
        )}
        {policy && <li><svg width="14" height="14" aria-hidden="true"><rect x="3" y="3" width="8" height="10" fill={colour} /></svg>
          π(a), the probability of pulling the arm</li>}
        <li><svg width="14" height="14" aria-hidden="true"><rect x="3" y="3" width="8" height="10" fill={sequentialColor(0.6)} /></svg>
          pulls (relative to the most pulled arm)</li>
        {reveal && (
          <li><svg width="14" height="14" aria-hidden="true"><line x1="1" x2="13" y1="7" y2="7" className="bandit-true" /></svg>
            true value q*(a); ★ the best arm</li>
        )}
      </ul>
    </figure>
  );
}

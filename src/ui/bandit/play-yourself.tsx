// "Play yourself": the user pulls the arms of the very bandit run 0 of the experiment meets (same seed path), and
// compares their regret and reward with each agent's after the same number of pulls.
import { useMemo, useState, type KeyboardEvent } from 'react';
import type { AnyDemo } from '../../demos/demo-spec.ts';
import { findDemo } from '../../demos/registry.ts';
import { useExperimentStore } from '../../state/experiment-store.ts';
import type { Experiment } from '../../state/experiment-url.ts';
import { useMetricsStore } from '../../state/metrics-store.ts';
import { agentColor } from '../theme/palette.ts';
import { agentAtPulls } from './agent-comparison.ts';
import { formatPercent, formatValue, plural } from './bandit-format.ts';
import { banditInstanceKey, createHumanPlayer, type HumanPlayer } from './human-player.ts';
import { useThrottledStore } from '../hooks/use-throttled-store.ts';

/** More arms than this get small cards: the number on the button, counts without words. */
const COMPACT_ARMS = 12;

const selectVersion = (s: ReturnType<typeof useMetricsStore.getState>) => s.version;

/** Digits 1–9 pull arms 1–9 and 0 pulls arm 10. */
function armOfKey(key: string): number | null {
  if (!/^[0-9]$/.test(key)) return null;
  return key === '0' ? 9 : Number(key) - 1;
}

export function PlayYourself(props: { reveal: boolean }) {
  const experiment = useExperimentStore((s) => s.experiment);
  const demo = experiment ? findDemo(experiment.demoId) : undefined;
  const params = experiment?.params;
  const seed = experiment?.seed;
  // A new game starts only when the instance itself changes (arms, their values, the seed), not on a live control.
  const instance = useMemo(() => {
    if (!demo || !params || seed === undefined) return null;
    try {
      return banditInstanceKey(demo, params, seed);
    } catch {
      return null;
    }
  }, [demo, params, seed]);
  if (!experiment || !demo || !instance) {
    return <p className="bandit-muted">There is no bandit to play in this demo.</p>;
  }
  return <HumanGame key={instance} demo={demo} experiment={experiment} reveal={props.reveal} />;
}

function HumanGame(props: { demo: AnyDemo; experiment: Experiment; reveal: boolean }) {
  const { demo, experiment, reveal } = props;
  const [player] = useState<HumanPlayer>(() => createHumanPlayer(demo, experiment.params, experiment.seed)!);
  const [stats, setStats] = useState(() => player.stats());
  const [announcement, setAnnouncement] = useState('');
  const metricsVersion = useThrottledStore(useMetricsStore, selectVersion, { intervalMs: 500 });
  const truth = player.truth;
  const bernoulli = truth.rewardModel === 'bernoulli';
  const formatReward = (r: number) => (bernoulli ? String(r) : formatValue(r));

  const pull = (arm: number) => {
    const reward = player.pull(arm);
    setStats(player.stats());
    setAnnouncement(`Arm ${arm + 1} paid ${formatReward(reward)}.`);
  };
  const startOver = () => {
    player.startOver();
    setStats(player.stats());
    setAnnouncement('New game on the same arms, with the same luck.');
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const arm = armOfKey(e.key);
    if (arm === null || arm >= player.arms) return;
    e.preventDefault();
    pull(arm);
  };

  const comparisons = useMemo(
    () => experiment.agents.map((id) => agentAtPulls(useMetricsStore.getState().series, id, stats.pulls)),
    // metricsVersion: the series grow in place, so their version says when to read them again.
    [experiment.agents, stats.pulls, metricsVersion],
  );
  const behind = comparisons.filter((c) => c.regret === null);
  const labelOf = (id: string) => demo.agents.find((a) => a.id === id)?.label ?? id;
  const keyed = Math.min(player.arms, 10);
  const compact = player.arms > COMPACT_ARMS;

  return (
    <div className="bandit-play" role="group" aria-label="Play yourself" tabIndex={0} onKeyDown={onKeyDown}>
      <p className="bandit-play-intro">
        You play the same {plural(player.arms, 'arm')} the algorithms meet in run 1 (seed {experiment.seed}), with the same
        random draws. Keys {keyed === 10 ? '1–9 and 0 pull arms 1–10' : `1–${keyed} pull arms 1–${keyed}`} while this panel has focus.
      </p>

      <ul className={`bandit-play-arms${compact ? ' bandit-play-arms-compact' : ''}`}>
        {stats.pullsPerArm.map((n, a) => {
          const best = reveal && a === truth.optimalArm;
          const mean = stats.sampleMeans[a];
          const last = stats.lastPull?.arm === a;
          return (
            <li key={a} className={`bandit-play-arm${best ? ' bandit-play-arm-best' : ''}${last ? ' bandit-play-arm-last' : ''}`}>
              <button type="button" className="bandit-pull" aria-label={`Pull arm ${a + 1}`}
                aria-keyshortcuts={a < 10 ? String((a + 1) % 10) : undefined} onClick={() => pull(a)}>
                {compact ? a + 1 : `Arm ${a + 1}`}
              </button>
              <span className="bandit-play-stat tabular">{compact ? `${n}×` : plural(n, 'pull')}</span>
              <span className="bandit-play-stat tabular" title="your average reward on this arm">
                {compact ? '' : 'mean '}{mean === null ? '—' : formatValue(mean)}
              </span>
              {reveal && (
                <span className="bandit-play-stat bandit-play-true tabular" title="true value">
                  {compact ? '' : 'true '}{formatValue(truth.means[a])}{best && <> <span aria-hidden="true">★</span><span className="visually-hidden">(best arm)</span></>}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {compact && (
        <p className="bandit-muted">Under each arm: your pulls (×), your average reward{reveal ? ', and its true value' : ''}.</p>
      )}

      <p className="bandit-play-last" aria-live="polite">{announcement}</p>

      <dl className="bandit-play-totals tabular">
        <div><dt>Pulls</dt><dd>{stats.pulls}</dd></div>
        <div><dt>Total reward</dt><dd>{formatValue(stats.totalReward)}</dd></div>
        <div><dt>Average reward</dt><dd>{stats.pulls ? formatValue(stats.averageReward) : '—'}</dd></div>
        <div><dt>Cumulative regret</dt><dd>{formatValue(stats.regret)}</dd></div>
        <div><dt>% optimal</dt><dd>{stats.pulls ? formatPercent(stats.optimalFraction) : '—'}</dd></div>
      </dl>
      <p className="bandit-muted bandit-play-help">
        Regret adds up, pull by pull, how much less the arm you chose pays on average than the best arm: the measure the
        regret chart uses. It counts from the true values, so it grows even when you are lucky.
      </p>

      <button type="button" className="bandit-start-over" onClick={startOver} disabled={stats.pulls === 0}>Start over</button>

      <h4 className="bandit-play-subtitle">You and the algorithms</h4>
      {stats.pulls === 0 ? (
        <p className="bandit-muted">Pull an arm to compare yourself with the algorithms after the same number of pulls.</p>
      ) : (
        <>
          <div className="bandit-compare-scroll">
            <table className="bandit-compare tabular">
              <caption>After {plural(stats.pulls, 'pull')}</caption>
              <thead>
                <tr>
                  <th scope="col">Player</th>
                  <th scope="col">Cumulative regret</th>
                  <th scope="col">Average reward</th>
                  <th scope="col">% optimal</th>
                </tr>
              </thead>
              <tbody>
                <tr className="bandit-compare-you">
                  <th scope="row">You</th>
                  <td>{formatValue(stats.regret)}</td>
                  <td>{formatValue(stats.averageReward)}</td>
                  <td>{formatPercent(stats.optimalFraction)}</td>
                </tr>
                {comparisons.map((c, i) => (
                  <tr key={c.agentId}>
                    <th scope="row">
                      <span className="bandit-agent-name">
                        <span className="bandit-swatch" style={{ background: agentColor(i) }} aria-hidden="true" />
                        <span>{labelOf(c.agentId)}</span>
                      </span>
                    </th>
                    {c.regret === null ? (
                      <td colSpan={3} className="bandit-muted">not there yet ({plural(c.stepsAvailable, 'step')} so far)</td>
                    ) : (
                      <>
                        <td>{formatValue(c.regret)}</td>
                        <td>{formatValue(c.averageReward ?? 0)}</td>
                        <td>{formatPercent(c.optimalFraction ?? 0)}</td>
                      </>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {behind.length > 0 && (
            <p className="bandit-muted">
              {behind.length === comparisons.length ? 'The algorithms have' : `${behind.map((c) => labelOf(c.agentId)).join(', ')} ${behind.length === 1 ? 'has' : 'have'}`} not
              made {plural(stats.pulls, 'pull')} yet: press Play or Step to let them catch up.
            </p>
          )}
          {experiment.runs > 1 ? (
            <p className="bandit-note">
              The algorithms’ numbers are averages over {experiment.runs} different bandit problems (runs); you play only the
              first. Set runs to 1 to compare on your exact problem.
            </p>
          ) : (
            <p className="bandit-muted">With one run, the algorithms meet exactly your bandit.</p>
          )}
        </>
      )}
    </div>
  );
}

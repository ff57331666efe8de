// The environment view of a demo: the gridworld canvas (editable where the demo has a drawable map), the bandit
// arms, or the restless arms over time.
import type { AnyDemo } from '../../demos/demo-spec.ts';
import type { Experiment } from '../../state/experiment-url.ts';
import { findControl } from '../../demos/control-spec.ts';
import { runController } from '../../state/run-controller.ts';
import { GridCanvas } from '../grid-canvas/grid-canvas.tsx';
import { GridLegend } from '../grid-canvas/grid-legend.tsx';
import { GridOverlayToggles } from '../grid-canvas/grid-overlay-toggles.tsx';
import { BanditView } from '../bandit/bandit-view.tsx';
import { RestlessStage } from '../restless/restless-stage.tsx';
import { DeepSeaStage } from '../deep-sea/deep-sea-stage.tsx';
import { HorizonStage } from '../effective-horizon/horizon-stage.tsx';
import { GoExploreStage } from '../go-explore/go-explore-stage.tsx';
import { GoExploreTabs } from '../go-explore/go-explore-tabs.tsx';
import { QdMazeStage } from '../go-explore/qd-maze-stage.tsx';
import { MAZE_WORLD } from '../../demos/go-explore.ts';
import { CuriosityStage } from '../curiosity/curiosity-stage.tsx';
import { OfflineLabStage } from '../offline/offline-lab-stage.tsx';
import { StitchingStage } from '../stitching/stitching-stage.tsx';
import { ReweightingStage } from '../reweighting/reweighting-stage.tsx';
import { pruneGoalRewards } from '../grid-canvas/goal-reward.ts';

export function EnvironmentStage({ demo, experiment }: { demo: AnyDemo; experiment: Experiment }) {
  if (demo.stage === 'restless') {
    return <section className="panel stage-panel" aria-label="Restless arms"><RestlessStage /></section>;
  }
  if (demo.stage === 'deep-sea') {
    return <section className="panel stage-panel" aria-label="Deep Sea"><DeepSeaStage demo={demo} /></section>;
  }
  if (demo.stage === 'curiosity-rnd') {
    return <section className="panel stage-panel" aria-label="Curiosity maze"><CuriosityStage demo={demo} /></section>;
  }
  if (demo.stage === 'go-explore') {
    const maze = experiment.params.world === MAZE_WORLD;
    return (
      <section className="panel stage-panel" aria-label={maze ? 'Deceptive maze' : 'Montezuma-lite'}>
        <GoExploreTabs experiment={experiment} />
        {maze ? <QdMazeStage demo={demo} /> : <GoExploreStage demo={demo} />}
      </section>
    );
  }
  if (demo.stage === 'effective-horizon') {
    return <section className="panel stage-panel" aria-label="Gridworld"><HorizonStage demo={demo} /></section>;
  }
  if (demo.stage === 'offline-lab') {
    return <section className="panel stage-panel" aria-label="Offline dataset"><OfflineLabStage demo={demo} /></section>;
  }
  if (demo.stage === 'stitching') {
    return <section className="panel stage-panel" aria-label="Two corridors"><StitchingStage demo={demo} /></section>;
  }
  if (demo.stage === 'reweighting') {
    return <section className="panel stage-panel" aria-label="Four rooms, many starts"><ReweightingStage demo={demo} /></section>;
  }
  if (demo.x === 'step') {
    return <section className="panel stage-panel" aria-label="Bandit arms"><BanditView /></section>;
  }
  const editable = findControl(demo.controls, 'layout') !== undefined;
  const goalRewards = String(experiment.params.goalRewards ?? '');
  const setGoalReward = (cell: number, reward: number) => {
    const pairs = goalRewards === '' ? [] : goalRewards.split(',').filter((p) => !p.startsWith(`${cell}:`));
    void runController.setParam('goalRewards', [...pairs, `${cell}:${reward}`].join(','));
  };
  return (
    <section className="panel stage-panel" aria-label="Gridworld">
      <GridOverlayToggles />
      <GridCanvas
        editable={editable}
        goalRewards={goalRewards}
        onEditRows={editable
          ? (rows) => void runController.setParams({ layout: rows.join('/'), goalRewards: pruneGoalRewards(goalRewards, rows) })
          : undefined}
        onSetGoalReward={editable ? setGoalReward : undefined}
      />
      {editable && (
        <p className="stage-hint">Click a cell to change it, drag to paint, Shift+click to move the start, double-click a goal to set its reward.</p>
      )}
      <GridLegend />
    </section>
  );
}

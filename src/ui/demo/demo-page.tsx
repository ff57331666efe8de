// A demo page, generated from its DemoSpec: run bar on top, the environment as the largest thing, controls beside
// it, charts below, then the lesson and papers. On a phone the zones stack in that order.
import { useEffect } from 'react';
import { findDemo } from '../../demos/registry.ts';
import { useExperimentStore } from '../../state/experiment-store.ts';
import { runController } from '../../state/run-controller.ts';
import { PAPERS } from '../../papers/papers.ts';
import { RunBar } from './run-bar.tsx';
import { RunMessage } from './run-message.tsx';
import { ControlsPanel } from './controls-panel.tsx';
import { PresetBar } from './preset-bar.tsx';
import { AgentPicker } from './agent-picker.tsx';
import { LessonPanel } from './lesson-panel.tsx';
import { UpdateRule } from './update-rule.tsx';
import { EnvironmentStage } from './environment-stage.tsx';
import { DemoCharts } from './demo-charts.tsx';
import { useRunShortcuts } from './use-run-shortcuts.ts';
import '../controls/controls.css';
import './demo.css';

export function DemoPage({ demoId }: { demoId: string }) {
  const demo = findDemo(demoId);
  const experiment = useExperimentStore((s) => s.experiment);
  useRunShortcuts();
  useEffect(() => {
    if (demo) document.title = `${demo.title} · RL Sandbox`;
    return () => void runController.pause();
  }, [demo]);
  if (!demo || !experiment || experiment.demoId !== demo.id) return null;
  return (
    <div className="demo-page">
      <header className="demo-header">
        <h1>{demo.title}</h1>
        <p className="demo-summary">{demo.summary}</p>
        <p className="demo-papers">
          {demo.papers.map((p) => <a key={p} className="paper-chip" href={`#/papers/${p}`}>{PAPERS[p].shortName}</a>)}
        </p>
      </header>
      <RunBar demo={demo} experiment={experiment} />
      <RunMessage />
      <div className="demo-stage-grid">
        <div className="demo-stage">
          <EnvironmentStage demo={demo} experiment={experiment} />
          <UpdateRule demo={demo} experiment={experiment} />
        </div>
        <div className="demo-side">
          <AgentPicker demo={demo} experiment={experiment} />
          <ControlsPanel demo={demo} experiment={experiment} />
        </div>
      </div>
      <DemoCharts demo={demo} experiment={experiment} />
      <div className="demo-lesson-grid">
        <LessonPanel demo={demo} />
        <PresetBar demo={demo} activeId={experiment.presetId} />
      </div>
    </div>
  );
}

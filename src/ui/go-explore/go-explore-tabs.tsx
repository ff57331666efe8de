// The Go-Explore page's two tabs: the cell archive in Montezuma-lite, and quality diversity in the deceptive maze.
// A tab is a preset (world and agents together), so a link or the preset bar reach the same state.
import type { Experiment } from '../../state/experiment-url.ts';
import { runController } from '../../state/run-controller.ts';
import { MAZE_WORLD } from '../../demos/go-explore.ts';

const TABS = [
  { id: 'cells', label: 'Cell archive', preset: 'default-cells', maze: false },
  { id: 'qd', label: 'Quality diversity', preset: 'novelty-vs-reward', maze: true },
] as const;

export function GoExploreTabs({ experiment }: { experiment: Experiment }) {
  const inMaze = experiment.params.world === MAZE_WORLD;
  return (
    <div className="go-explore-tabs" role="tablist" aria-label="Go-Explore tabs">
      {TABS.map((tab) => (
        <button key={tab.id} type="button" role="tab" aria-selected={tab.maze === inMaze} className="go-explore-tab"
          onClick={() => { if (tab.maze !== inMaze) runController.applyPreset(tab.preset); }}>
          {tab.label}
        </button>
      ))}
    </div>
  );
}

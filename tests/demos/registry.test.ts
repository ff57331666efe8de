// Contract tests over the whole demo registry: every demo builds with its defaults, is reproducible from its seed,
// produces every metric it charts, and every id it names (agents, controls, presets, papers) resolves.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAgentFactories } from '../../src/engine/agent-factories.ts';
import { DEMOS } from '../../src/demos/registry.ts';
import { DEMO_CARDS } from '../../src/demos/demo-cards.ts';
import { checkControlValue, defaultParams, resolveParams } from '../../src/demos/control-spec.ts';
import { createRun, type Run } from '../../src/engine/run.ts';
import { isPaperId } from '../../src/papers/papers.ts';
import { isCataloguedMetric } from '../../src/core/metrics/metric-catalogue.ts';
import type { AnyDemo } from '../../src/demos/demo-spec.ts';

const slug = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A short run: 50 steps, or 3 episodes capped at 1,000 steps per lane (a network demo's early episodes are long). */
function exercise(demo: AnyDemo, run: Run): void {
  if (demo.x === 'step') run.step(50);
  else run.runEpisodes(3, 1000);
}

describe('demo registry', () => {
  // Agents that need tfjs load their code first, as the worker does.
  beforeAll(async () => {
    for (const demo of DEMOS) await loadAgentFactories(demo);
  });

  it('lists the same demos, in the same order, as the home page’s cards, with the cards’ titles and papers', () => {
    expect(DEMOS.map((d) => d.id)).toEqual(DEMO_CARDS.map((c) => c.id));
    DEMOS.forEach((demo, i) => {
      const card = DEMO_CARDS[i];
      expect([demo.title, demo.theme, demo.summary, demo.papers]).toEqual([card.title, card.theme, card.summary, card.papers]);
    });
  });

  it('has unique slug ids', () => {
    const ids = DEMOS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    ids.forEach((id) => expect(id).toMatch(slug));
  });

  describe.each(DEMOS.map((d) => [d.id, d] as const))('%s', (_id, demo) => {
    const agentIds = demo.agents.map((a) => a.id);

    it('declares each control once, with its default in range and known agents', () => {
      const keys = demo.controls.map((c) => c.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const control of demo.controls) {
        expect(checkControlValue(control, control.default)).toMatchObject({ ok: true });
        expect(control.help.length).toBeGreaterThan(10);
        for (const agent of control.agents ?? []) expect(agentIds).toContain(agent);
        if (control.kind === 'slider') expect(control.min).toBeLessThan(control.max);
      }
    });

    it('has unique slug agent ids, a rule and a description for each', () => {
      expect(new Set(agentIds).size).toBe(agentIds.length);
      for (const agent of demo.agents) {
        expect(agent.id).toMatch(slug);
        expect(agent.rule.length).toBeGreaterThan(5);
        expect(agent.description.length).toBeGreaterThan(5);
      }
      for (const id of demo.defaultAgents ?? []) expect(agentIds).toContain(id);
    });

    it('has presets with valid params and agents, papers that resolve, and a lesson', () => {
      for (const preset of demo.presets) {
        expect(preset.id).toMatch(slug);
        expect(() => resolveParams(demo.controls, preset.params)).not.toThrow();
        for (const agent of preset.agents ?? []) expect(agentIds).toContain(agent);
      }
      expect(demo.papers.length).toBeGreaterThan(0);
      demo.papers.forEach((p) => expect(isPaperId(p)).toBe(true));
      expect(demo.lesson.length).toBeGreaterThan(0);
      demo.charts.forEach((c) => expect(isCataloguedMetric(c.metric)).toBe(true));
    });

    // An agent offered only in some worlds (AgentSpec.when) is built with the first of the defaults and the presets'
    // params that offers it; a chart shown only in some worlds must be produced there.
    const contexts = [defaultParams(demo.controls), ...demo.presets.map((p) => resolveParams(demo.controls, p.params))];
    const contextOf = (id: string) => contexts.find((params) => demo.agents.find((a) => a.id === id)!.when?.(params) ?? true)!;
    const groups = [...new Set(agentIds.map(contextOf))].map((params) => ({ params, ids: agentIds.filter((id) => contextOf(id) === params) }));

    it('offers every agent with the default params or a preset’s', () => {
      for (const id of agentIds) expect(contextOf(id), `${id} is offered nowhere`).toBeDefined();
    });

    it('builds every agent and produces every charted metric where the chart is shown', () => {
      const produced = new Set<string>();
      for (const { params, ids } of groups) {
        const run = createRun(demo, params, 1, { agents: ids });
        exercise(demo, run);
        for (const chart of demo.charts) {
          if ((chart.when?.(params) ?? true) && ids.some((id) => run.series(id, chart.metric).mean.length > 0)) produced.add(chart.id);
        }
        for (const id of ids) {
          const view = run.view(id);
          expect(view.agent.nActions).toBeGreaterThan(0);
          expect(() => structuredClone(view)).not.toThrow();
        }
      }
      for (const chart of demo.charts) expect(produced.has(chart.id), `${chart.metric} is charted but never produced`).toBe(true);
    });

    // Generous timeouts: the offline lab trains seven tfjs learners (three of them with six networks each).
    it('gives identical metrics twice from the same seed', () => {
      for (const { params, ids } of groups) {
        const runs = [0, 1].map(() => createRun(demo, params, 42, { runs: 2, agents: ids }));
        runs.forEach((r) => exercise(demo, r));
        expect(runs[0].takeUpdates()).toEqual(runs[1].takeUpdates());
      }
    }, 180_000);

    it('runs every preset', () => {
      for (const preset of demo.presets) {
        const run = createRun(demo, preset.params, 1, { agents: preset.agents });
        exercise(demo, run);
        expect(run.takeUpdates().length).toBeGreaterThan(0);
      }
    }, 180_000);
  });
});

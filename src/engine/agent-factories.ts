// Agent factories, resolved before a run is built: plain agents have theirs at hand; agents that need tfjs load
// theirs on demand (once), so the page fetches tfjs only when a demo with such an agent opens.
import type { AgentCreate, AgentSpec, AnyDemo } from '../demos/demo-spec.ts';
import type { Params } from '../demos/control-spec.ts';

const loaded = new WeakMap<AgentSpec<Params>, AgentCreate>();

/** Load the code of the given agents of a demo (all of them when ids is empty). */
export async function loadAgentFactories(demo: AnyDemo, ids: readonly string[] = []): Promise<void> {
  const specs = demo.agents.filter((a) => ids.length === 0 || ids.includes(a.id));
  await Promise.all(specs.map(async (spec) => {
    if (spec.create || loaded.has(spec) || !spec.load) return;
    loaded.set(spec, await spec.load());
  }));
}

export function agentFactory(spec: AgentSpec<Params>): AgentCreate {
  const create = spec.create ?? loaded.get(spec);
  if (!create) throw new Error(`the agent '${spec.id}' is not loaded yet (await loadAgentFactories first)`);
  return create;
}

/** True when building this demo's agents needs an async load first. */
export function needsLoading(demo: AnyDemo, ids: readonly string[] = []): boolean {
  return demo.agents.some((a) => (ids.length === 0 || ids.includes(a.id)) && !a.create && !loaded.has(a));
}

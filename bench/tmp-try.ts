import { useTfBackend } from '../src/core/nn/backend.ts';
import { bareDqnUpdatesPerSecond, bareTfjsUpdatesPerSecond, dqnUpdatesPerSecond } from './neural/dqn-bench.ts';
import { jsMlpUpdatesPerSecond } from './neural/js-mlp-bench.ts';
console.log(await useTfBackend('wasm'));
for (let i = 0; i < 3; i++) console.log('dqn', dqnUpdatesPerSecond(400).toFixed(0), 'bareDqn', bareDqnUpdatesPerSecond(400).toFixed(0), 'bare', bareTfjsUpdatesPerSecond(400).toFixed(0), 'js', jsMlpUpdatesPerSecond(200).toFixed(0));

// The dormant ratio of a network (catalogue D20, §3.8; DrM's cal_dormant_ratio): over a batch of inputs, a unit's
// score is its mean |activation| divided by the mean of that over its layer; a unit scoring below τ is dormant (it
// hardly takes part any more). A layer that is silent altogether counts as wholly dormant (DrM's strict comparison
// with a zero mean would count none). The ratio counts dormant units over every layer. DrM reads each linear layer's output
// before its activation function; ReDo reads after it. The caller chooses which activations to pass and says so.

/** One layer's activations over a batch, row-major: values[b · units + i]. */
export interface LayerActivations {
  readonly units: number;
  readonly values: ArrayLike<number>;
}

/** DrM's threshold. */
export const DRM_TAU = 0.025;

/** Each unit's score: mean_batch |h_i| / mean_j mean_batch |h_j| (all 0 when the whole layer is silent, so all dormant). */
export function unitScores(layer: LayerActivations): Float64Array {
  const { units, values } = layer;
  const batch = values.length / units;
  if (!(units >= 1 && Number.isInteger(batch) && batch >= 1)) throw new RangeError(`a layer of ${units} units needs a whole batch of rows, got ${values.length} values`);
  const means = new Float64Array(units);
  for (let b = 0; b < batch; b++) for (let i = 0; i < units; i++) means[i] += Math.abs(values[b * units + i]!) / batch;
  const layerMean = means.reduce((s, m) => s + m, 0) / units;
  return means.map((m) => (layerMean > 0 ? m / layerMean : 0));
}

export interface DormantReport {
  /** Dormant units over all units of all layers. */
  readonly ratio: number;
  /** Each layer's own dormant share. */
  readonly perLayer: number[];
}

export function dormantRatio(layers: readonly LayerActivations[], tau = DRM_TAU): DormantReport {
  if (layers.length === 0) throw new RangeError('the dormant ratio needs at least one layer');
  let dormant = 0;
  let units = 0;
  const perLayer = layers.map((layer) => {
    const asleep = unitScores(layer).filter((score) => score < tau).length;
    dormant += asleep;
    units += layer.units;
    return asleep / layer.units;
  });
  return { ratio: dormant / units, perLayer };
}

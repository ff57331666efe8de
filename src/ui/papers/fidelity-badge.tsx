// How faithfully the sandbox shows a paper, as a small labelled badge whose tooltip says what the level means.
import type { Fidelity } from '../../papers/papers.ts';
import { FIDELITY_MEANING } from './paper-links.ts';

export function FidelityBadge({ fidelity }: { fidelity: Fidelity }) {
  return <span className={`fidelity fidelity-${fidelity}`} title={FIDELITY_MEANING[fidelity]}>{fidelity}</span>;
}

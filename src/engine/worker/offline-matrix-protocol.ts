// Messages between the page and the offline-matrix worker (offline-matrix.ts).
import type { ParamValue } from '../../demos/control-spec.ts';
import type { MatrixCell, MatrixOptions } from '../offline-matrix.ts';

export interface OfflineMatrixRequest {
  readonly demoId: string;
  readonly params: Readonly<Record<string, ParamValue>>;
  readonly seed: number;
  readonly options: MatrixOptions;
}

export type FromOfflineMatrix =
  | { readonly type: 'cell'; readonly cell: MatrixCell }
  | { readonly type: 'done' }
  | { readonly type: 'error'; readonly message: string };

/** Messages between the app and the layout worker. */
import type { Dataset } from '../model/schema';
import type { MapLayout } from './types';

export type LayoutRequest =
  | { type: 'dataset'; dataset: Dataset }
  | { type: 'layout'; requestId: number; nodeIds: string[]; linkIndices: number[] };

export interface LayoutResponse {
  type: 'layout';
  requestId: number;
  layout: MapLayout;
  /** Time the placement took in the worker. */
  ms: number;
}

/** Messages between the app and the layout worker. */
import type { Dataset } from '../model/schema';
import type { LayerOrder } from './order';
import type { MapLayout } from './types';

export type LayoutRequest =
  /** `today` (ISO date) decides the view the dataset opens on, ordered first; the worker's day when absent. */
  | { type: 'dataset'; dataset: Dataset; today?: string }
  | {
      type: 'layout';
      requestId: number;
      nodeIds: string[];
      linkIndices: number[];
      /** Columns the filters emptied, whose slot is kept with this message (see `PlaceInput.emptied`). */
      emptied?: { kind: { id: string }; message: string }[];
    }
  /** The first layout is on screen: refine the order now and answer the latest request again if it changed. */
  | { type: 'refine' };

export type LayoutResponse =
  | {
      type: 'layout';
      requestId: number;
      layout: MapLayout;
      /** Time the placement took in the worker. */
      ms: number;
      /**
       * The column order `layout` was placed in, when it differs from the last one sent (the first answer, and
       * after refining changed it), so the page can place later subgraphs itself.
       */
      order?: LayerOrder;
      /** `order` is refined (final), not the sweeps' quick order. */
      orderRefined?: boolean;
    }
  /**
   * After a 'refine': the order is final (the latest request was answered again if the order changed). `order`:
   * the final order, when no answer carried it (no layout was requested: a refinement for the page's own map).
   */
  | { type: 'refined'; order?: LayerOrder };

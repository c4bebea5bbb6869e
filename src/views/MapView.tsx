import type { Dataset } from '../model/schema';
import type { VisibleGraph } from '../model/visible';
import { FlowMap } from '../flow/FlowMap';
import { useMapLayout } from './useMapLayout';
import { usePerfMarks } from './usePerfMarks';
import { Legend } from './Legend';
import { EmptyColumnsNotice } from './EmptyColumnsNotice';
import './robust.css';
import './settle.css';

export function MapView({ dataset, visible }: { dataset: Dataset; visible: VisibleGraph }) {
  const { layout, shown, pending, notice, settling } = useMapLayout(dataset, visible);
  usePerfMarks(dataset, layout);
  const said = notice ? (
    <p role="status" className="layout-notice">
      {notice}
    </p>
  ) : null;
  if (!layout) {
    return (
      <>
        {said}
        <p className="loading">Laying out {visible.nodes.length} nodes…</p>
      </>
    );
  }
  return (
    <div
      className="map-view"
      aria-busy={pending}
      data-testid="map-view"
      data-crossings={layout.crossings}
      data-settling={settling ? '' : undefined}
    >
      {said}
      {visible.nodes.length === 0 ? (
        <p className="map-empty">No node matches the filters. Reset the filters to see the whole map.</p>
      ) : null}
      <FlowMap dataset={dataset} visible={shown} layout={layout} />
      <Legend dataset={dataset} visible={shown} />
      <EmptyColumnsNotice visible={visible} />
    </div>
  );
}

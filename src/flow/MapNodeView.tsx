import { memo, useCallback } from 'react';
import { useStore, type NodeProps, type ReactFlowState } from '@xyflow/react';
import type { MapFlowNode } from './toFlowElements';
import { accentBarPath, shapePath } from '../draw/shapes';
import { CONFIDENCE_DOTS, NODE_STYLE } from '../draw/look';
import { ICON_PATHS } from '../draw/icons';
import { useNodeEmphasis, useSearchMatch } from './emphasis';
import { displayTitle } from '../model/graph';
import { cycleOf, periodBadge } from '../model/cycles';
import { useAppStore, type AppState } from '../store/store';
import { selectIndexOrNull } from '../store/focus';

const selectPeriods = (s: AppState) => s.filters.periods;

/** Below this zoom, nodes draw as simplified boxes with just their code (level of detail). */
export const SIMPLE_ZOOM = 0.42;
const selectSimple = (s: ReactFlowState) => s.transform[2] < SIMPLE_ZOOM;

function MapNodeViewImpl({ data }: NodeProps<MapFlowNode>) {
  const { node, box, kind } = data;
  const emphasis = useNodeEmphasis(node.id);
  const match = useSearchMatch(node.id);
  const simple = useStore(selectSimple);
  const gap = node.label === null;
  const title = displayTitle(node);
  const cycle = useAppStore(
    useCallback(
      (s: AppState) => {
        const index = selectIndexOrNull(s);
        return index ? cycleOf(index, node) : null;
      },
      [node],
    ),
  );
  const periods = useAppStore(selectPeriods);
  const name = `${kind.singular} ${node.code ? `${node.code}${cycle ? ` (${cycle})` : ''}: ` : ''}${title}${!node.code && cycle ? ` (${cycle})` : ''}`;
  const className = `mnode mnode-${emphasis}${gap ? ' mnode-gap' : ''}${match ? ' mnode-match' : ''}${simple ? ' mnode-simple' : ''}`;
  return (
    <div
      className={className}
      style={{
        width: box.width,
        height: box.height,
        ['--kind' as string]: kind.colour,
        ['--h' as string]: `${box.height}px`,
      }}
      data-node-id={node.id}
      data-kind={node.kind}
      role="button"
      tabIndex={-1}
      aria-label={name}
      aria-current={emphasis === 'focus' ? 'true' : undefined}
      aria-describedby="map-keyboard-help"
    >
      <svg className="mnode-shape" width={box.width} height={box.height} aria-hidden="true">
        <path d={shapePath(kind.shape, box.width, box.height)} />
        <path className="mnode-bar" d={accentBarPath(kind.shape, box.width, box.height, NODE_STYLE.barWidth)} />
      </svg>
      {simple ? (
        <div className="mnode-simple-code">{node.code ?? title}</div>
      ) : (
        <>
          <div className="mnode-top">
            {kind.icon ? (
              <svg className="mnode-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
                <path d={ICON_PATHS[kind.icon]} />
              </svg>
            ) : null}
            {node.code ? <span className="mnode-code">{node.code}</span> : null}
            <span className="mnode-period" title={node.periods.join(', ')}>
              {periodBadge(node, periods)}
            </span>
            <span className="mnode-conf" title={`Confidence: ${node.confidence}`}>
              {[1, 2, 3].map((i) => (
                <i key={i} className={i <= CONFIDENCE_DOTS[node.confidence] ? 'on' : ''} />
              ))}
              <span className="sr-only">confidence {node.confidence}</span>
            </span>
          </div>
          <div className="mnode-label">
            {box.lines.map((line, i) => (
              <div key={i}>{line}</div>
            ))}
          </div>
          <div className="mnode-tip" role="tooltip">
            <strong>{node.code ? `${node.code} — ` : ''}</strong>
            {title}
            <span className="mnode-tip-kind">
              {kind.singular}
              {node.periods.length ? ` · ${node.periods.join(', ')}` : ''} · {node.confidence} confidence
            </span>
          </div>
        </>
      )}
    </div>
  );
}

/**
 * Re-rendered only when what it draws changes: a new layout moves most nodes, but React Flow moves their wrappers
 * itself, so a node whose size and wrapped lines stay the same is not drawn again.
 */
function sameDrawing(a: NodeProps<MapFlowNode>, b: NodeProps<MapFlowNode>): boolean {
  const x = a.data;
  const y = b.data;
  return (
    x.node === y.node &&
    x.kind === y.kind &&
    x.box.width === y.box.width &&
    x.box.height === y.box.height &&
    x.box.lines.length === y.box.lines.length &&
    x.box.lines.every((line, i) => line === y.box.lines[i])
  );
}

export const MapNodeView = memo(MapNodeViewImpl, sameDrawing);

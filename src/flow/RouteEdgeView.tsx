import { memo } from 'react';
import type { EdgeProps } from '@xyflow/react';
import type { RouteFlowEdge } from './toFlowElements';
import { linkPath } from '../draw/linkPath';
import { useLinkEmphasis } from './emphasis';

function RouteEdgeViewImpl({ id, data }: EdgeProps<RouteFlowEdge>) {
  const emphasis = useLinkEmphasis(id);
  if (!data) return null;
  const { route, link, ends, title } = data;
  const d = linkPath(route.points, ends);
  const marker = `url(#arrow-${emphasis === 'chain' ? 'chain' : 'plain'})`;
  return (
    <g className={`medge medge-${emphasis} medge-${link.basis}`}>
      <path className="medge-hit" d={d}>
        <title>{title}</title>
      </path>
      <path
        className="medge-line"
        d={d}
        markerStart={route.arrowAt === 'start' ? marker : undefined}
        markerEnd={route.arrowAt === 'end' ? marker : undefined}
      />
    </g>
  );
}

export const RouteEdgeView = memo(RouteEdgeViewImpl);

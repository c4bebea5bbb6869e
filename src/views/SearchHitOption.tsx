import type { GraphIndex } from '../model/graph';
import { displayTitle } from '../model/graph';
import { cycleOf } from '../model/cycles';
import './answers.css';

export interface SearchHitOptionProps {
  index: GraphIndex;
  nodeId: string;
  /** DOM id, for the combobox's `aria-activedescendant`. */
  id: string;
  active: boolean;
  onChoose: (nodeId: string) => void;
}

/** One result in a search listbox: kind badge in the kind's colour, code, and title (or the gap wording). */
export function SearchHitOption({ index, nodeId, id, active, onChoose }: SearchHitOptionProps) {
  const node = index.nodeById.get(nodeId);
  if (!node) return null;
  const kind = index.kindById.get(node.kind);
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      className="search-hit"
      // Keep the input focused, so the click is not lost to the list closing on blur.
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => onChoose(node.id)}
    >
      <span className="kind-badge" style={{ ['--kind' as string]: kind?.colour ?? '#777' }}>
        {kind?.singular ?? node.kind}
      </span>
      {node.code ? <span className="hit-code">{node.code}</span> : null}
      {cycleOf(index, node) ? <span className="hit-cycle">({cycleOf(index, node)})</span> : null}
      <span className={node.label === null ? 'hit-title is-gap' : 'hit-title'}>{displayTitle(node)}</span>
    </li>
  );
}

import { useAppStore, type AppState } from '../store/store';
import { displayTitle, indexDataset } from '../model/graph';
import { describeChainOptions, summariseChains } from '../model/chains';
import { focusChains } from '../store/focus';
import type { VisibleGraph } from '../model/visible';
import type { Dataset } from '../model/schema';

const selectFocus = (s: AppState) => s.focusId;
const selectChainOptions = (s: AppState) => s.chainOptions;

/** Announces focus changes to screen readers: "Strategic goal Goal 2: 3 WTDC programmes, 9 regional initiatives". */
export function Announcer({ dataset, visible }: { dataset: Dataset; visible: VisibleGraph }) {
  const focusId = useAppStore(selectFocus);
  const options = useAppStore(selectChainOptions);
  const index = indexDataset(dataset);
  const node = focusId ? index.nodeById.get(focusId) : undefined;
  const chains = focusChains(index, focusId, visible, options);
  let message = '';
  if (node && chains) {
    const kind = index.kindById.get(node.kind)?.singular ?? '';
    message = `${kind} ${node.code ?? displayTitle(node)} (${describeChainOptions(options)}): ${summariseChains(index, chains)}`;
  }
  return (
    <div className="sr-only" role="status" aria-live="polite" data-testid="announcer">
      {message}
    </div>
  );
}

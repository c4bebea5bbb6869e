/**
 * How a focus walks its chains, Kumu-like: direction (what it delivers, what delivers it, both), depth (direct
 * links, 2 steps, all) and a "related" mode (what else serves the same things). Plain buttons with aria-pressed
 * in labelled groups, so they are reached and read with the keyboard like any other control.
 */
import type { ChainDepth, ChainDirection } from '../model/chains';
import { useAppStore, type AppState } from '../store/store';
import './answers.css';

const selectOptions = (s: AppState) => s.chainOptions;
const selectSet = (s: AppState) => s.setChainOptions;

const DIRECTIONS: { value: ChainDirection; label: string; title: string }[] = [
  { value: 'up', label: 'What it delivers', title: 'Follow links towards the goals it contributes to' },
  { value: 'down', label: 'What delivers it', title: 'Follow links back to the work that contributes to it' },
  { value: 'both', label: 'Both', title: 'Both directions' },
];

const DEPTHS: { value: ChainDepth; label: string }[] = [
  { value: 1, label: 'Direct' },
  { value: 2, label: '2 steps' },
  { value: Infinity, label: 'All' },
];

export function FocusControls({ focusName }: { focusName: string }) {
  const options = useAppStore(selectOptions);
  const set = useAppStore(selectSet);
  const related = options.mode === 'related';
  return (
    <div className="focus-controls" role="group" aria-label={`How to follow the links of ${focusName}`}>
      <div className="seg" role="group" aria-label="Direction">
        <span className="seg-label" aria-hidden="true">
          Show
        </span>
        {DIRECTIONS.map((d) => (
          <button
            key={d.value}
            type="button"
            title={d.title}
            aria-pressed={!related && options.direction === d.value}
            onClick={() => set({ direction: d.value, mode: 'chain' })}
          >
            {d.label}
          </button>
        ))}
        <button
          type="button"
          title="What else serves the same priorities or programmes as this item"
          aria-pressed={related}
          onClick={() => set({ mode: related ? 'chain' : 'related' })}
        >
          Related
        </button>
      </div>
      <div className="seg" role="group" aria-label="Depth">
        <span className="seg-label" aria-hidden="true">
          Depth
        </span>
        {DEPTHS.map((d) => (
          <button
            key={d.label}
            type="button"
            aria-pressed={options.depth === d.value}
            onClick={() => set({ depth: d.value })}
          >
            {d.label}
          </button>
        ))}
      </div>
    </div>
  );
}

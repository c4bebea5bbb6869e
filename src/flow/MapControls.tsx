/**
 * The map's corner controls: zoom buttons and the overview (minimap). The overview covers part of the map, so on a
 * narrow map (a 1024 px screen, or a map beside the detail panel) it starts hidden; the button beside the zoom
 * buttons shows or hides it at any width, and the choice is kept in this browser.
 */
import { memo, useCallback, useState, type KeyboardEvent, type ReactNode } from 'react';
import { ControlButton, Controls, useStore, type ReactFlowState } from '@xyflow/react';
import { FIT_WHOLE_MAP } from './nodeWindow';

/** Below this map width (px) the overview starts hidden. */
export const OVERVIEW_MIN_WIDTH = 1280;
const STORAGE_KEY = 'strategy-map:overview';

const selectWidth = (s: ReactFlowState) => s.width;

function storedChoice(): boolean | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return value === 'shown' ? true : value === 'hidden' ? false : null;
  } catch {
    return null;
  }
}

function storeChoice(shown: boolean): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, shown ? 'shown' : 'hidden');
  } catch {
    // A browser that refuses storage (private mode, sandboxed frame) keeps the choice for this map only.
  }
}

/** Keys that the map's keyboard cursor would take (Enter, Space) stay with the button. */
const keepKeys = (event: KeyboardEvent) => {
  if (event.key === 'Enter' || event.key === ' ') event.stopPropagation();
};

function MapControlsImpl({ overview }: { overview: ReactNode }) {
  const width = useStore(selectWidth);
  const [choice, setChoice] = useState<boolean | null>(storedChoice);
  const narrow = width > 0 && width < OVERVIEW_MIN_WIDTH;
  const shown = choice ?? !narrow;
  const toggle = useCallback(() => {
    storeChoice(!shown);
    setChoice(!shown);
  }, [shown]);
  const label = shown ? 'Hide overview' : 'Show overview';
  return (
    <>
      <Controls showInteractive={false} fitViewOptions={FIT_WHOLE_MAP} aria-label="Zoom controls">
        <ControlButton
          className="overview-toggle"
          onClick={toggle}
          onKeyDown={keepKeys}
          title={label}
          aria-label={label}
          aria-pressed={shown}
        >
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <rect x="1.5" y="2.5" width="13" height="11" rx="1.5" fill="none" strokeWidth="1.5" />
            <rect x="8" y="8" width="5" height="4" rx="0.5" />
          </svg>
        </ControlButton>
      </Controls>
      {shown ? overview : null}
    </>
  );
}

export const MapControls = memo(MapControlsImpl);

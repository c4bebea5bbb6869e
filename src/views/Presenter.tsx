/**
 * Presenter mode: the saved views as steps, full screen on the projector theme, with no toolbar, panels or
 * minimap. PageDown/PageUp (what presentation clickers send), arrows, space and Enter step through them with an
 * animated camera move; each step's name, note and number are the caption; an optional reveal shows the focused
 * node first, then its chain a column further at a time; Escape leaves. A presenter window (second screen) shows
 * the current and next step with their notes, kept in step over a BroadcastChannel.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useAppStore, type AppState } from '../store/store';
import { decodeViewState } from '../model/viewState';
import { indexDataset } from '../model/graph';
import { visibleGraph } from '../model/filters';
import { chainsOf } from '../model/chains';
import { cameraAround } from '../model/camera';
import { presenterCamera, presenterKey, revealStages, type PresenterKey } from '../model/presentation';
import { GEOMETRY } from '../layout/types';
import { cssVariables, THEMES, type ThemeName } from '../draw/look';
import type { Dataset, SavedView } from '../model/schema';
import { layoutEngine } from './layoutEngine';
import { setRevealedNodes } from '../flow/linkReveal';
import { NOTES_PARAM, openChannel, type ToNotes, type ToPresenter } from './presenterChannel';
import './meetings.css';

/** Labels at least this many pixels tall on the room's screen (the projector theme's promise). */
export const PRESENT_LABEL_PX = THEMES.projector.minLabelPx;
/** The zoom that makes node labels `PRESENT_LABEL_PX` tall (a hair above, against rounding). */
export const PRESENT_MIN_ZOOM = (PRESENT_LABEL_PX / GEOMETRY.labelFontSize) * 1.01;

const selectPresenting = (s: AppState) => s.presenting;
const selectDataset = (s: AppState) => s.dataset;
const selectViewCount = (s: AppState) => s.dataset?.views.length ?? 0;

function setTheme(theme: ThemeName) {
  const root = document.documentElement;
  for (const [name, value] of Object.entries(cssVariables(THEMES[theme]))) root.style.setProperty(name, value);
}

/** Enters presenter mode from the first saved view; full screen where the browser allows it. */
export function startPresentation(step = 0) {
  const s = useAppStore.getState();
  if (!s.dataset || s.dataset.views.length === 0) return;
  // Must run in the click or key press that asked for it: browsers allow full screen only then.
  document.documentElement.requestFullscreen?.().catch(() => undefined);
  s.startPresenting(Math.min(step, s.dataset.views.length - 1));
}

export function PresentButton() {
  const count = useAppStore(selectViewCount);
  return (
    <button
      type="button"
      disabled={count === 0}
      title={count === 0 ? 'Save a view first: presenting steps through the saved views' : undefined}
      onClick={() => startPresentation(0)}
    >
      Present
    </button>
  );
}

interface Step {
  view: SavedView;
  /** Reveal stages (node ids shown so far), or null when the step has no focus to reveal from. */
  stages: Set<string>[] | null;
}

/** Applies a step: its view, with a camera readable on this screen. Returns its reveal stages. */
function showStep(dataset: Dataset, view: SavedView): Step {
  const { state } = decodeViewState(view.state, dataset, new Date());
  const index = indexDataset(dataset);
  const visible = visibleGraph(index, state.filters);
  const layout = layoutEngine.layoutNow(dataset, visible);
  const wrap = document.querySelector<HTMLElement>('.map-wrap');
  const screen = { width: wrap?.clientWidth || window.innerWidth, height: wrap?.clientHeight || window.innerHeight };
  const focusBox = state.focus ? layout.boxes.get(state.focus) : undefined;
  let stages: Set<string>[] | null = null;
  let around: ReturnType<typeof cameraAround> = null;
  if (state.focus && visible.nodeIds.has(state.focus)) {
    const chains = chainsOf(index, state.focus, visible.nodeIds);
    const column = new Map(layout.columns.map((c, i) => [c.kind, i]));
    stages = revealStages(chains, (id) => column.get(index.nodeById.get(id)?.kind ?? ''));
    around = cameraAround([...chains.nodes].flatMap((id) => layout.boxes.get(id) ?? []));
  }
  const base = state.camera ?? around ?? cameraAround(layout.boxes.values()) ?? { x: 0, y: 0, width: 1, height: 1 };
  const bounds = { x: -24, y: -24, width: layout.width + 48, height: layout.height + 48 };
  const camera = presenterCamera(base, screen, PRESENT_MIN_ZOOM, focusBox, bounds);
  useAppStore.getState().applyView({ ...state, viewMode: 'map', camera, viewport: null });
  return { view, stages };
}

/** Moves the presentation: `stageCount` reveal stages in the step on screen, `stepCount` steps in all. */
function move(to: PresenterKey, stageCount: number | null, stepCount: number) {
  const s = useAppStore.getState();
  const p = s.presenting;
  if (!p) return;
  const last = stepCount - 1;
  const revealing = p.reveal && stageCount !== null && p.stage !== null;
  const stage = p.stage ?? 0;
  if (to === 'leave') s.stopPresenting();
  else if (to === 'next') {
    if (revealing && stage < stageCount - 1) s.setPresentation({ ...p, stage: stage + 1 });
    else if (p.step < last) s.setPresentation({ ...p, step: p.step + 1, stage: p.reveal ? 0 : null });
  } else if (to === 'previous') {
    if (revealing && stage > 0) s.setPresentation({ ...p, stage: stage - 1 });
    else if (p.step > 0) s.setPresentation({ ...p, step: p.step - 1, stage: null });
  } else if (to === 'first') s.setPresentation({ ...p, step: 0, stage: p.reveal ? 0 : null });
  else if (to === 'last') s.setPresentation({ ...p, step: last, stage: null });
}

function stateMessage(at: {
  stepIndex: number;
  stage: number | null;
  stages: Set<string>[] | null;
  views: readonly SavedView[];
}): ToNotes {
  return {
    type: 'state',
    step: at.stepIndex,
    stage: at.stage,
    stages: at.stages?.length ?? 0,
    steps: at.views.map((v) => ({ name: v.name, note: v.description ?? '' })),
  };
}

/** CSS that hides the nodes a reveal stage has not shown yet (the link layer leaves out their links). */
function revealCss(shown: ReadonlySet<string>): string {
  const ids = [...shown].map((id) => CSS.escape(id));
  const nodes = ids.map((id) => `.map-wrap .react-flow__node[data-id="${id}"]`).join(',');
  return `.map-wrap .react-flow__node-map{opacity:0;transition:opacity 300ms}
${nodes}{opacity:1}`;
}

export function Presenter() {
  const presenting = useAppStore(selectPresenting);
  const dataset = useAppStore(selectDataset);
  if (!presenting || !dataset || dataset.views.length === 0) return null;
  return createPortal(<PresenterOverlay dataset={dataset} />, document.body);
}

function PresenterOverlay({ dataset }: { dataset: Dataset }) {
  const presenting = useAppStore(selectPresenting)!;
  const views = dataset.views;
  const stepIndex = Math.min(presenting.step, views.length - 1);
  const [step, setStep] = useState<Step | null>(null);
  const stages = step?.stages ?? null;
  const stage =
    presenting.reveal && stages && presenting.stage !== null ? Math.min(presenting.stage, stages.length - 1) : null;
  const view = views[stepIndex]!;
  const next = views[stepIndex + 1];
  const latest = useRef({ stepIndex, stage, stages, views });
  useEffect(() => {
    latest.current = { stepIndex, stage, stages, views };
  });
  const go = (to: PresenterKey) => move(to, stages?.length ?? null, views.length);
  const channel = useRef<BroadcastChannel | null>(null);

  // Enter: projector theme, the shell's chrome hidden (see meetings.css). Leave: all back as it was.
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.presenting = 'true';
    setTheme('projector');
    const onFullscreen = () => {
      if (!document.fullscreenElement) useAppStore.getState().stopPresenting();
    };
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      delete root.dataset.presenting;
      setTheme('screen');
      document.removeEventListener('fullscreenchange', onFullscreen);
      if (document.fullscreenElement) document.exitFullscreen?.().catch(() => undefined);
    };
  }, []);

  // Each step: its view, fitted readable; the camera moves there animated.
  useEffect(() => {
    // After the chrome is hidden and the map has its full size.
    const frame = requestAnimationFrame(() => setStep(showStep(dataset, view)));
    return () => cancelAnimationFrame(frame);
  }, [dataset, view]);

  // Keys go to the presentation first: the map's own arrow keys and Escape are not used meanwhile.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.target instanceof HTMLElement && event.target.closest('.presenter-controls button')) {
        if (event.key === 'Enter' || event.key === ' ') return;
      }
      if (event.key === 'r' || event.key === 'R') {
        const s = useAppStore.getState();
        if (s.presenting)
          s.setPresentation({ ...s.presenting, reveal: !s.presenting.reveal, stage: s.presenting.reveal ? null : 0 });
        return;
      }
      const to = presenterKey(event.key, event.shiftKey);
      if (!to) return;
      event.preventDefault();
      event.stopPropagation();
      move(to, latest.current.stages?.length ?? null, latest.current.views.length);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  // The presenter window: told every change, and obeyed when it moves on.
  useEffect(() => {
    const ch = openChannel();
    channel.current = ch;
    if (!ch) return;
    ch.onmessage = (event: MessageEvent<ToPresenter>) => {
      const { stages: st, views: vs } = latest.current;
      if (event.data.type === 'go') move(event.data.to, st?.length ?? null, vs.length);
      else if (event.data.type === 'hello') ch.postMessage(stateMessage(latest.current));
    };
    return () => {
      ch.postMessage({ type: 'ended' } satisfies ToNotes);
      ch.close();
      channel.current = null;
    };
  }, []);
  useEffect(() => {
    channel.current?.postMessage(stateMessage({ stepIndex, stage, stages, views }));
  }, [stepIndex, stage, stages, views]);

  const shown = stage !== null && stages ? (stages[stage] ?? null) : null;
  // The map's link layer draws only links whose two ends are shown.
  useEffect(() => {
    setRevealedNodes(shown);
    return () => setRevealedNodes(null);
  }, [shown]);
  const kinds = useMemo(() => {
    const { state } = decodeViewState(view.state, dataset, new Date());
    const visible = visibleGraph(indexDataset(dataset), state.filters);
    const used = new Set(visible.nodes.map((n) => n.kind));
    return dataset.kinds.filter((k) => used.has(k.id));
  }, [dataset, view]);

  return (
    <>
      {shown ? <style data-testid="presenter-reveal">{revealCss(shown)}</style> : null}
      <section className="presenter-caption" aria-label="Presentation" data-testid="presenter">
        <div className="presenter-text" aria-live="polite">
          <h2 className="presenter-name">{view.name}</h2>
          {view.description ? <p className="presenter-note">{view.description}</p> : null}
        </div>
        <ul className="presenter-legend" aria-label="Legend">
          {kinds.map((k) => (
            <li key={k.id} style={{ ['--kind' as string]: k.colour }}>
              <span className="presenter-swatch" aria-hidden="true" />
              {k.plural}
            </li>
          ))}
          <li>
            <span className="presenter-line official" aria-hidden="true" /> official
          </li>
          <li>
            <span className="presenter-line derived" aria-hidden="true" /> derived
          </li>
          <li>
            <span className="presenter-line proposed" aria-hidden="true" /> proposed
          </li>
        </ul>
        <div className="presenter-controls">
          <span className="presenter-counter" data-testid="presenter-counter">
            {stepIndex + 1} / {views.length}
            {stage !== null && stages ? ` · ${stage + 1}/${stages.length}` : ''}
          </span>
          <button
            type="button"
            onClick={() => go('previous')}
            aria-label="Previous step"
            disabled={stepIndex === 0 && !stage}
          >
            ‹
          </button>
          <button
            type="button"
            onClick={() => go('next')}
            aria-label="Next step"
            disabled={!next && (stage === null || !stages || stage >= stages.length - 1)}
          >
            ›
          </button>
          <button
            type="button"
            aria-pressed={presenting.reveal}
            title="Reveal each step: the focused node first, then its chain column by column (R)"
            onClick={() => {
              const p = useAppStore.getState().presenting;
              if (p) useAppStore.getState().setPresentation({ ...p, reveal: !p.reveal, stage: p.reveal ? null : 0 });
            }}
          >
            Reveal
          </button>
          <button
            type="button"
            title="Open the presenter window (current and next step, notes) for a second screen"
            onClick={() =>
              window.open(`${location.pathname}?${NOTES_PARAM}`, 'strategy-map-presenter', 'popup,width=900,height=620')
            }
          >
            Notes window
          </button>
          <button type="button" onClick={() => go('leave')}>
            Leave (Esc)
          </button>
        </div>
      </section>
    </>
  );
}

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startUrlSync } from '../store/urlSync';
import { startSavedViewsSync } from '../store/savedViewsStore';
import { useAppStore } from '../store/store';
import ituUrl from '../../data/itu.json?url';
import orderHintsUrl from '../../data/order-hints.json?url';
import { applyLook } from './applyLook';
import { NOTES_PARAM } from '../views/presenterChannel';
import { PresenterNotes } from '../views/PresenterNotes';
import { startData } from './startData';
import './app.css';
import '../views/own.css';

applyLook(document.documentElement);

const root = document.getElementById('root');
// The presenter window (second screen) shows notes only: no map, no dataset, no address-bar sync.
const notesWindow = new URLSearchParams(window.location.search).has(NOTES_PARAM);
if (root) {
  createRoot(root).render(<StrictMode>{notesWindow ? <PresenterNotes /> : <App />}</StrictMode>);
}
if (!notesWindow) {
  // Before the URL sync: a `?view=<id>` link becomes that view's settings before the address bar is read.
  startSavedViewsSync(useAppStore, { storage: browserStorage(), window });
  startUrlSync(useAppStore, { window });
  startData(ituUrl, orderHintsUrl);
}

/** localStorage, or null where the browser refuses it (some private modes, sandboxed frames). */
function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startUrlSync } from '../store/urlSync';
import { useAppStore } from '../store/store';
import ituUrl from '../../data/itu.json?url';
import { applyLook } from './applyLook';
import { startData } from './startData';
import './app.css';
import '../views/own.css';

applyLook(document.documentElement);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
startUrlSync(useAppStore, { window });
startData(ituUrl);

// Entry of dist/checker.html: the stand-alone browser checker. No office.js, no CDN: the page, its
// engine worker and the sample report are all in the bundle, and documents never leave the page.

// First: starts the sample's worker and check before the modules below are even evaluated.
import { earlySample } from './early';

import { createRoot } from 'react-dom/client';

import { App, type CheckerIo } from './App';
import { spawnEngine } from './spawn';

const io: CheckerIo = { spawn: spawnEngine };

let container = document.getElementById('root');
if (!container) {
  container = document.createElement('div');
  container.id = 'root';
  document.body.appendChild(container);
}
createRoot(container).render(<App io={io} sample={earlySample} />);

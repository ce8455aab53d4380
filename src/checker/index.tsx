// Entry of dist/checker.html: the stand-alone browser checker. No office.js, no CDN: the page, its
// engine worker and the sample report are all in the bundle, and documents never leave the page.

import { createRoot } from 'react-dom/client';

import { App, type CheckerIo } from './App';
import { SAMPLE_NAME, sampleBytes } from './sample';
import { spawnEngine } from './spawn';

const io: CheckerIo = { spawn: spawnEngine };

const sample = { name: SAMPLE_NAME, bytes: sampleBytes() };

let container = document.getElementById('root');
if (!container) {
  container = document.createElement('div');
  container.id = 'root';
  document.body.appendChild(container);
}
createRoot(container).render(<App io={io} sample={sample} />);

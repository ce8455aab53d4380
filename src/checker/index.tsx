// Entry of dist/checker.html: the stand-alone browser checker. No office.js, no CDN: the page, its
// engine worker and the sample report are all in the bundle, and documents never leave the page.

import { createRoot } from 'react-dom/client';

import { LIMITS } from '../core/limits';
import { App, type CheckerIo } from './App';
import { SAMPLE_NAME, sampleBytes } from './sample';
import { startOpen, type StartedOpen } from './session';
import { spawnEngine } from './spawn';

const io: CheckerIo = { spawn: spawnEngine };

/**
 * The sample's worker and check start before React renders anything (issue 14: first findings
 * under 0.8 s): the engine loads and checks while the page paints. If no worker can start here,
 * the App tries again and says so.
 */
function startSample(bytes: Uint8Array): StartedOpen | undefined {
  try {
    return startOpen(io.spawn, LIMITS.checkerTimeLimitMs, bytes);
  } catch {
    return undefined;
  }
}

const bytes = sampleBytes();
const sample = { name: SAMPLE_NAME, bytes, started: startSample(bytes) };

let container = document.getElementById('root');
if (!container) {
  container = document.createElement('div');
  container.id = 'root';
  document.body.appendChild(container);
}
createRoot(container).render(<App io={io} sample={sample} />);

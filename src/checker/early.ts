// The sample's engine worker and check, started as the page's script is evaluated: index.tsx
// imports this module first, so that it runs before React, Fluent UI and the pane's modules are
// evaluated and rendered (issue 14: first findings under 0.8 s). It imports nothing of React.

import { LIMITS } from '../core/limits';
import { SAMPLE_NAME, sampleBytes } from './sample';
import { startOpen, type StartedOpen } from './session';
import { spawnEngine } from './spawn';

/** If no worker can start here, undefined: the App tries again and says so. */
function startSample(bytes: Uint8Array): StartedOpen | undefined {
  try {
    return startOpen(spawnEngine, LIMITS.checkerTimeLimitMs, bytes);
  } catch {
    return undefined;
  }
}

const bytes = sampleBytes();

/** The sample the page opens with, its check already under way. */
export const earlySample = { name: SAMPLE_NAME, bytes, started: startSample(bytes) };

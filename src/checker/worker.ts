// The checker's engine worker: reads, recognises, checks and edits the open document away from the
// page, so that a slow or hostile file never freezes it and the page can stop it at any time.

import type { WorkerRequest, WorkerResponse } from './protocol';
import { createService } from './service';

/** The part of DedicatedWorkerGlobalScope used here (the DOM lib this project compiles with lacks it). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse): void;
}

const scope = self as unknown as WorkerScope;
const serve = createService();

scope.onmessage = (event) => {
  void serve(event.data).then((response) => scope.postMessage(response));
};

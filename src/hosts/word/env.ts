// What the adapter needs from Office, behind one seam: the real Office.js in the pane, a fake in
// tests. Everything Word-specific still goes through Word.RequestContext; only the entry points
// (Word.run, requirement sets, settings, the selection event) are injected.

export interface WordEnv {
  /** Word.run; with `reuse`, runs in that object's context (event handlers are removed there). */
  run<T>(
    batch: (context: Word.RequestContext) => Promise<T>,
    reuse?: OfficeExtension.ClientObject,
  ): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  /** Office.context.document.settings: saved inside the document. */
  settings: Pick<Office.Settings, 'get' | 'set' | 'saveAsync'> &
    Partial<Pick<Office.Settings, 'remove'>>;
  /** Office.context.diagnostics: the Word build and platform, for the self-test's report. */
  diagnostics?(): { version: string; platform: string };
  /** Office.EventType.DocumentSelectionChanged; resolves to an unsubscribe function. */
  onSelectionChanged(handler: () => void): Promise<() => void>;
}

/** The real Office.js, available once Office.onReady has resolved. */
export function officeEnv(): WordEnv {
  return {
    run: (batch, reuse) => (reuse ? Word.run(reuse, batch) : Word.run(batch)),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    settings: Office.context.document.settings,
    diagnostics: () => ({
      version: Office.context.diagnostics.version,
      platform: String(Office.context.diagnostics.platform),
    }),
    onSelectionChanged(handler) {
      return new Promise((resolve) => {
        const type = Office.EventType.DocumentSelectionChanged;
        Office.context.document.addHandlerAsync(type, handler, () =>
          resolve(() => Office.context.document.removeHandlerAsync(type, { handler })),
        );
      });
    },
  };
}

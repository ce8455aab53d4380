// The part of the WPS 文字 object model the add-in uses, typed against wps-jsapi-declare. The
// package's index.d.ts also declares the globals `Application` and `wps` for every file of the
// program; only its namespaces are referenced here so that nothing else sees WPS globals. Each
// interface Picks the declared members it needs, so the real `Wps.Application` is assignable to
// `WpsApp` (checked below) and the test fake implements exactly these members, nothing more.

/// <reference types="wps-jsapi-declare/lib.wps" />
/// <reference types="wps-jsapi-declare/addon.wps" />

export interface WpsShading {
  BackgroundPatternColor: Wps.WdColor;
}

export interface WpsListFormat {
  readonly ListString: string;
  RemoveNumbers(): void;
}

export interface WpsRange {
  Text: string;
  readonly Start: number;
  readonly End: number;
  /** Absent on builds whose API lacks it: the reader then falls back. */
  readonly WordOpenXML?: string;
  HighlightColorIndex: Wps.WdColorIndex;
  readonly ListFormat: WpsListFormat;
  InsertXML(XML: string): void;
  Select(): void;
  Information(Type: Wps.WdInformation): number | boolean;
  /** Used by the object-model reader only. */
  readonly Cells: WpsCells;
}

export interface WpsCells {
  readonly Count: number;
  Item(Index: number): WpsCell;
}

export interface WpsCell {
  readonly Range: WpsRange;
  readonly RowIndex: number;
  readonly ColumnIndex: number;
  readonly Shading: WpsShading;
  Select(): void;
}

export interface WpsTable {
  readonly Range: WpsRange;
  Cell(Row: number, Column: number): WpsCell;
}

export interface WpsTables {
  readonly Count: number;
  Item(Index: number): WpsTable;
}

export interface WpsParagraph {
  readonly Range: WpsRange;
}

export interface WpsParagraphs {
  readonly Count: number;
  Item(Index: number): WpsParagraph;
}

export interface WpsVariable {
  readonly Name: string;
  Value: string;
  Delete(): void;
}

export interface WpsVariables {
  readonly Count: number;
  Item(Index: number | string): WpsVariable;
  Add(Name: string, Value?: string): WpsVariable;
}

export interface WpsUndoRecord {
  StartCustomRecord(Name?: string): void;
  EndCustomRecord(): void;
}

export interface WpsDocument {
  /** The whole document as a flat OPC package (the same shape as Office.js getOoxml()). */
  readonly WordOpenXML?: string;
  readonly Content: WpsRange;
  readonly Tables: WpsTables;
  readonly Paragraphs: WpsParagraphs;
  readonly Variables: WpsVariables;
  Range(Start?: number, End?: number): WpsRange;
}

export interface WpsWindow {
  ScrollIntoView(obj: WpsRange, Start?: boolean): void;
}

export interface WpsApp {
  readonly ActiveDocument: WpsDocument;
  readonly ActiveWindow?: WpsWindow;
  readonly Build?: string;
  readonly Version?: string;
  readonly UndoRecord?: WpsUndoRecord;
}

export type WpsContentChange = (doc: unknown, range: unknown, changeType: number) => void;

export interface WpsApiEvent {
  AddApiEventListener(EventName: 'ContentChange', callback: WpsContentChange): void;
  RemoveApiEventListener(EventName: 'ContentChange', callback?: WpsContentChange): void;
}

/** What `window.wps` adds to the application: events and the per-plugin storage. */
export interface WpsAddon {
  readonly ApiEvent?: WpsApiEvent;
  readonly PluginStorage?: WpsPluginStorage;
  WpsApplication?(): WpsApp;
}

/**
 * WPS.AddonRoot's PluginStorage, restated: that interface lives in the package's index.d.ts, which
 * cannot be referenced without its globals. Shared by the add-in's pages; lost at restart.
 */
export interface WpsPluginStorage {
  getItem(key: string): string;
  setItem(key: string, value: number | boolean | string): void;
}

/** Numbers of the declared enums: they are ambient, with no object at run time to read them from. */
export const WD = {
  colorAutomatic: -16777216 as Wps.WdColor,
  noHighlight: 0 as Wps.WdColorIndex,
  pink: 5 as Wps.WdColorIndex,
  yellow: 7 as Wps.WdColorIndex,
  undefinedIndex: 9999999 as Wps.WdColorIndex,
  withInTable: 12 as Wps.WdInformation,
} as const;

// Compile-time proof that the declared object model fits the subset, all the way down from
// Wps.Application (a mismatch fails typecheck).
type Fits<Sub, Real extends Sub> = Real;
export type RealFits = [Fits<WpsApp, Wps.Application>, Fits<WpsApiEvent, WPS.WpsApiEvent>];

/** Where WPS puts its API in the pane's page: `window.Application`, or `window.wps`. */
export interface WpsWindowGlobals {
  Application?: WpsApp;
  wps?: WpsAddon & Partial<WpsApp>;
}

/** The application object, feature-detected; undefined outside WPS. */
export function findApplication(w: WpsWindowGlobals): WpsApp | undefined {
  if (w.Application?.ActiveDocument !== undefined) return w.Application;
  const fromWps = typeof w.wps?.WpsApplication === 'function' ? w.wps.WpsApplication() : undefined;
  return fromWps?.ActiveDocument !== undefined ? fromWps : undefined;
}

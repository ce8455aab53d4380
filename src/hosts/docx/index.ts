// The .docx host: a file in, an edit plan applied, marks added or cleared, ignores remembered, a
// file out. Everything the CLI and the browser page need, none of it Word-specific.
export { readDocx, type DocxFile } from './read';
export { DocxError, type DocxErrorCode } from './errors';
export {
  applyPlan,
  applyPlanReporting,
  applyPlanToXml,
  saveDocx,
  spliceAll,
  type Applied,
  type SkippedEdit,
  type Splice,
} from './write';
export { addMarks, clearMarks, countMarks, MARK_TAG_PREFIX } from './marks';
export { readIgnores, writeIgnores, IGNORES_PROPERTY } from './ignores';

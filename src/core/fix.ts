// Findings → an edit plan and marks, with every address resolved against the report.
// Placeholder signatures until the planner lands.
import type { Finding } from './finding';
import type { EditPlan, Mark } from './plan';
import type { Report } from './report';

/** The safe fixes of `findings` (set-cell, rename-heading, insert-*) as one plan, one edit per cell. */
export function planFixes(_report: Report, _findings: readonly Finding[]): EditPlan {
  return { edits: [] };
}

/** One mark per flagged cell or paragraph. */
export function planMarks(_report: Report, _findings: readonly Finding[]): Mark[] {
  return [];
}

// An ESLint-RuleTester-style harness that runs the real pipeline: a clean fixture report, edited
// per case → .docx → readDocx → check() with every registered rule → the findings of one rule.
// Going through check() (not the rule object) means a rule missing from the catalogue fails its
// invalid cases, and the values a rule sees are those recognition and the sum rules really give.

import { readFileSync } from 'fs';
import { check } from '../../../src/core/check';
import type { Finding, RuleId } from '../../../src/core/finding';
import { versionForYear, type SectionKey } from '../../../src/core/format';
import type { DocModel } from '../../../src/core/model';
import { readDocx } from '../../../src/hosts/docx/read';
import { cleanReport, reportToDocSpec, type ReportSpec } from '../../fixtures/report';
import { buildDocx } from '../../fixtures/spec';

export interface RuleCase {
  name: string;
  /** The tables' layout of the clean report (default 2021). */
  version?: 2019 | 2021;
  /** The report's year (default: cleanReport's, 2020 for 2019 and 2021 for 2021). */
  year?: number;
  /** Changes the clean report before it is built. */
  edit?: (r: ReportSpec) => void;
  /**
   * When given, last year's report is built from a clean one of year − 1 (in the layout that year
   * requires), changed by this function, and passed to check() as `previous`.
   */
  previous?: (r: ReportSpec) => void;
}

export interface InvalidRuleCase extends RuleCase {
  /**
   * Exactly the findings of the rule, in order, each matched with toMatchObject; a key given as
   * `undefined` asserts that the finding leaves it out (`row: undefined`, `fix: undefined`).
   */
  findings: Array<Partial<Finding>>;
}

export interface RuleCases {
  valid: RuleCase[];
  invalid: InvalidRuleCase[];
}

async function modelOf(spec: ReportSpec): Promise<DocModel> {
  const docx = await buildDocx(reportToDocSpec(spec));
  return (await readDocx(docx)).model;
}

/** The findings of `ruleId` when the whole engine checks the case's report. */
export async function findingsOf(ruleId: RuleId, c: RuleCase): Promise<Finding[]> {
  const version = c.version ?? 2021;
  const spec = cleanReport(version, c.year);
  c.edit?.(spec);
  let previous: DocModel | undefined;
  if (c.previous) {
    const year = spec.year - 1;
    // The clean reports are built in the two official layouts.
    const last = cleanReport(versionForYear(year) as 2019 | 2021, year, spec.agency);
    c.previous(last);
    previous = await modelOf(last);
  }
  const { findings } = check(await modelOf(spec), { previous });
  return findings.filter((f) => f.rule === ruleId);
}

/** The findings of `ruleId` when the whole engine checks a .docx file (a seed, say). */
export async function findingsOfFile(ruleId: RuleId, file: string): Promise<Finding[]> {
  const { model } = await readDocx(readFileSync(file));
  return check(model).findings.filter((f) => f.rule === ruleId);
}

export function runRuleTests(ruleId: RuleId, cases: RuleCases): void {
  describe(ruleId, () => {
    describe('valid', () => {
      for (const c of cases.valid) {
        it(c.name, async () => {
          expect(await findingsOf(ruleId, c)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(c.name, async () => {
          const found = await findingsOf(ruleId, c);
          const present = c.findings.map((f) =>
            Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)),
          );
          // toMatchObject on arrays also requires the same length: exactly these findings.
          expect(found).toMatchObject(present);
          c.findings.forEach((f, i) => {
            const actual: Record<string, unknown> = { ...found[i] };
            for (const [k, v] of Object.entries(f)) {
              if (v === undefined) expect({ [k]: actual[k] }).toEqual({ [k]: undefined });
            }
          });
        });
      }
    });
  });
}

// ---------- small edits of a fixture report, for the cases ----------

/** Replaces `from` by `to` in a section's prose; throws when `from` is not there (no silent no-op). */
export function replaceIn(section: SectionKey, from: string, to: string): (r: ReportSpec) => void {
  return (r) => {
    const paragraphs = r.sections[section] ?? [];
    if (!paragraphs.some((p) => p.includes(from))) {
      throw new Error(`“${from}” not in ${section}: ${paragraphs.join(' / ')}`);
    }
    r.sections[section] = paragraphs.map((p) => p.replace(from, to));
  };
}

/** Appends a paragraph to a section's prose. */
export function append(section: SectionKey, ...text: string[]): (r: ReportSpec) => void {
  return (r) => {
    r.sections[section] = [...(r.sections[section] ?? []), ...text];
  };
}

/** Runs several edits in order. */
export function all(...edits: Array<(r: ReportSpec) => void>): (r: ReportSpec) => void {
  return (r) => edits.forEach((e) => e(r));
}

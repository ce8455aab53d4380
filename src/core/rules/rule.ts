// A rule is one module made by defineRule, in the manner of ESLint: its meta (id, severity, names
// in Chinese and English, what its fixes are) and check(ctx), which reads the recognised report
// (and last year's, for cross-year rules) and calls ctx.report() once per finding. The rule id,
// the severity and, where the rule declares message templates, the message are filled in here, so
// a finding cannot carry another rule's id or a severity its rule does not declare.

import type { FindingBody, RuleFinding, Severity } from '../finding';
import type { Report } from '../report';
import type { Solution } from '../solve';

/** What the engine hands every rule. */
export interface RuleInput {
  report: Report;
  /** Last year's report of the same agency, for the cross-year rules. */
  previous?: Report;
  /** The sum relations of 表三 and 表四 solved: each cell's state and value after solving. */
  sums: Solution;
}

/** The values a message template's `{name}` placeholders take. */
export type MessageData = Readonly<Record<string, string | number>>;

/** A finding as a rule reports it: its place and values, and its message or a template's id. */
export type FindingDraft<M extends string = never> = FindingBody &
  ({ message: string; messageId?: never } | { messageId: M; data?: MessageData; message?: never });

/** What a rule's check() reads: the documents, the solved sums, and report() for its findings. */
export interface RuleContext<M extends string = never> {
  /** The recognised report being checked. */
  doc: Report;
  previous?: Report;
  sums: Solution;
  report(finding: FindingDraft<M>): void;
}

/**
 * What the rule's fixes are: `safe` when some may be applied by 全部修复 unasked (the others it
 * writes are suggestions), `suggest` when every fix is a suggestion, `none` when it offers none.
 */
export type FixKind = 'safe' | 'suggest' | 'none';

export interface RuleMeta<Id extends string = string> {
  id: Id;
  severity: Severity;
  /** The rule's name, as the pane, the command line and the batch review show it. */
  title: { zh: string; en: string };
  /** Chinese, one line: what the rule finds. */
  description: string;
  fix: FixKind;
  /** True when the rule needs last year's report: it runs only when one is given. */
  crossYear?: boolean;
}

export interface RuleDefinition<Id extends string, M extends string = never> extends RuleMeta<Id> {
  /** Message templates by id, with `{name}` placeholders filled from a finding's `data`. */
  messages?: Readonly<Record<M, string>>;
  check(ctx: RuleContext<M>): undefined;
}

/** A rule as the engine runs it. */
export interface Rule<Id extends string = string> {
  meta: RuleMeta<Id>;
  check(input: RuleInput): RuleFinding<Id>[];
}

function fill(template: string, data: MessageData = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(data, name) ? String(data[name]) : whole,
  );
}

export function defineRule<Id extends string, M extends string = never>(
  definition: RuleDefinition<Id, M>,
): Rule<Id> {
  const { messages, check, ...meta } = definition;
  return {
    meta,
    check({ report: doc, previous, sums }) {
      const found: RuleFinding<Id>[] = [];
      const report = (draft: FindingDraft<M>): void => {
        // Helpers may hand over whole findings (sumFindings): rule and severity are this rule's.
        const { message, messageId, data, rule, severity, ...place } = draft as FindingBody & {
          message?: string;
          messageId?: M;
          data?: MessageData;
          rule?: string;
          severity?: Severity;
        };
        if ((rule ?? meta.id) !== meta.id || (severity ?? meta.severity) !== meta.severity)
          throw new Error(`${meta.id}: a finding of ${rule} (${severity})`);
        const template = messageId !== undefined ? messages?.[messageId] : undefined;
        const text = message ?? (template !== undefined ? fill(template, data) : undefined);
        if (text === undefined) throw new Error(`${meta.id}: no message ${String(messageId)}`);
        found.push({ rule: meta.id, severity: meta.severity, message: text, ...place });
      };
      check(previous ? { doc, previous, sums, report } : { doc, sums, report });
      return found;
    },
  };
}

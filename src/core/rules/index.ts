// The rule catalogue of spec/rules.md, in the order findings are reported within a section.
import type { Rule } from './rule';

export const RULES: readonly Rule[] = [];

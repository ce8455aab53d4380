// defineRule and the catalogue: a rule's id, severity and declared messages are filled in by the
// context, its names and fix kind are its own meta, and the catalogue is the one list of ids.
import { readFileSync } from 'fs';
import * as path from 'path';
import { check, checkReport, findingId } from '../../../src/core/check';
import type { Finding } from '../../../src/core/finding';
import { applyFilters, FILTERS, ignoredFilter } from '../../../src/core/filters';
import type { DocModel } from '../../../src/core/model';
import { recognize } from '../../../src/core/recognize';
import { RULES } from '../../../src/core/rules';
import { RULE_TITLES, RULE_TITLES_EN } from '../../../src/core/rules/names';
import { defineRule, type RuleInput } from '../../../src/core/rules/rule';
import { solveSums } from '../../../src/core/solve';
import { readDocx } from '../../../src/hosts/docx/read';
import { STRINGS } from '../../../src/taskpane/i18n';
import { FIXTURES_DIR, fixtureList } from '../../fixtures/fixtures';

async function model(name: string): Promise<DocModel> {
  return (await readDocx(readFileSync(path.join(FIXTURES_DIR, name)))).model;
}

async function input(name: string): Promise<RuleInput> {
  const report = recognize(await model(name));
  return { report, sums: solveSums(report) };
}

describe('defineRule', () => {
  const probe = defineRule({
    id: 'probe',
    severity: 'warning',
    title: { zh: '探针', en: 'Probe' },
    description: '测试用规则',
    fix: 'none',
    messages: { year: '报告年度为 {year} 年，{missing}' },
    check({ doc, report }) {
      report({ section: 's1', message: '直接给出的消息' });
      report({ section: 's2', table: 'active', messageId: 'year', data: { year: doc.year ?? 0 } });
    },
  });

  it('fills in rule, severity and a declared message, keeping the finding in report order', async () => {
    const findings = probe.check(await input('clean-2021.docx'));
    expect(findings).toEqual([
      { rule: 'probe', severity: 'warning', message: '直接给出的消息', section: 's1' },
      {
        rule: 'probe',
        severity: 'warning',
        // A placeholder without data stays as written, so a missing value shows.
        message: '报告年度为 2021 年，{missing}',
        section: 's2',
        table: 'active',
      },
    ]);
    expect(Object.keys(findings[1] ?? {})).toEqual([
      'rule',
      'severity',
      'message',
      'section',
      'table',
    ]);
  });

  it('keeps meta without the check and the templates', () => {
    expect(probe.meta).toEqual({
      id: 'probe',
      severity: 'warning',
      title: { zh: '探针', en: 'Probe' },
      description: '测试用规则',
      fix: 'none',
    });
  });

  it('refuses a finding of another rule or severity handed over whole', async () => {
    const other: Finding = { rule: 'balance', severity: 'error', message: 'x', section: 's3' };
    const thief = defineRule({
      id: 'thief',
      severity: 'error',
      title: { zh: '甲', en: 'A' },
      description: '甲',
      fix: 'none',
      check({ report }) {
        report(other);
      },
    });
    await expect(async () => thief.check(await input('clean-2021.docx'))).rejects.toThrow(
      'thief: a finding of balance (error)',
    );
  });
});

describe('the catalogue', () => {
  const ids = RULES.map((r) => r.meta.id);

  it('lists 30 rules, each id once', () => {
    expect(ids).toHaveLength(30);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('names every rule from its own meta, in Chinese and English, for every host', () => {
    expect(Object.keys(RULE_TITLES)).toEqual(ids);
    expect(Object.keys(RULE_TITLES_EN)).toEqual(ids);
    for (const r of RULES) {
      expect(RULE_TITLES[r.meta.id]).toBe(r.meta.title.zh);
      expect(STRINGS['zh-CN'].rule[r.meta.id]).toBe(r.meta.title.zh);
      expect(STRINGS.en.rule[r.meta.id]).toBe(r.meta.title.en);
      expect(r.meta.title.zh).toMatch(/^[\u4e00-\u9fff“”]+$/);
      expect(r.meta.description).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(RULE_TITLES.balance).toBe('收结不平衡');
    expect(RULE_TITLES_EN['cell-blank']).toBe('Blank cell');
  });

  it('declares what its fixes are: no rule writes a fix its meta does not declare', async () => {
    const seen = new Map<string, Set<string>>();
    const previous = await model('clean-2021.docx');
    for (const f of fixtureList().fixtures) {
      if (f.expects === 'unreadable') continue;
      const { findings } = check(await model(f.name), { previous });
      for (const finding of findings) {
        const kind = !finding.fix ? 'none' : finding.fix.safe ? 'safe' : 'suggest';
        seen.set(finding.rule, (seen.get(finding.rule) ?? new Set()).add(kind));
      }
    }
    for (const r of RULES) {
      const kinds = seen.get(r.meta.id) ?? new Set<string>();
      const fixes = [...kinds].filter((k) => k !== 'none');
      if (r.meta.fix === 'none') expect([r.meta.id, fixes]).toEqual([r.meta.id, []]);
      if (r.meta.fix === 'suggest')
        expect([r.meta.id, kinds.has('safe')]).toEqual([r.meta.id, false]);
    }
    // The fixtures do exercise each kind.
    expect(seen.get('cell-not-number')?.has('safe')).toBe(true);
    expect(seen.get('section-missing')?.has('suggest')).toBe(true);
  });
});

describe('filters after the rules', () => {
  it('drops the ignored findings, whatever rule found them', async () => {
    const { report, findings } = check(await model('sums-totals-only.docx'));
    expect(findings.length).toBeGreaterThan(100);
    const [first, ...rest] = findings;
    expect(checkReport(report, { ignores: [findingId(first as Finding)] })).toEqual(rest);
    expect(ignoredFilter(findings, {})).toBe(findings);
    expect(FILTERS).toEqual([ignoredFilter]);
    expect(applyFilters(findings, { ignores: findings.map(findingId) })).toEqual([]);
  });
});

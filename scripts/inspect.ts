import * as fs from 'fs';
import { readDocx } from '../src/hosts/docx/read';
import { check } from '../src/core/check';
(async () => {
  for (const f of process.argv.slice(2)) {
    const file = await readDocx(fs.readFileSync(f));
    const { report, findings } = check(file.model);
    console.log(
      '==',
      f,
      report.year,
      report.yearFrom,
      report.formatVersion,
      'agency=',
      report.agency,
      'title=',
      report.title?.text,
    );
    console.log(report.sections.map((s) => `${s.key}:${s.found ? s.heading : '-'}`).join(' | '));
    for (const k of ['active', 'requests', 'appeals'] as const) {
      const t = report.tables[k];
      if (t)
        console.log(
          k,
          'v',
          t.version,
          'cells',
          Object.keys(t.cells).length,
          'missing',
          t.missing.length,
          t.missing.slice(0, 5),
          'extra',
          t.extra,
        );
    }
    const counts: Record<string, number> = {};
    for (const x of findings) counts[x.rule] = (counts[x.rule] ?? 0) + 1;
    console.log(counts);
    for (const x of findings.filter((x) => x.rule !== 'cell-blank'))
      console.log(
        ' ',
        x.rule,
        x.severity,
        x.table ?? '',
        x.row ?? '',
        x.column ?? '',
        'exp',
        x.expected,
        'act',
        x.actual,
        x.quote ?? '',
        '|',
        x.message,
      );
  }
})();

import { check } from '../../../../src/core/check';
import {
  keptReadings,
  proseParagraphs,
  proseReading,
  readQuantities,
  ProseReading,
} from '../../../../src/core/rules/prose';
import { quantityMentions } from '../../../../src/core/rules/prose/statements';
import { readDocx } from '../../../../src/hosts/docx/read';
import { cleanReport, reportToDocSpec } from '../../../fixtures/report';
import { buildDocx } from '../../../fixtures/spec';

describe('ProseReading', () => {
  it('folds once and reads counts, years, sentences and clauses of the folded text', () => {
    const read = new ProseReading('２０２１年，本机关收到申请４１件；办结３９件。');
    expect(read.folded).toBe('2021年，本机关收到申请41件；办结39件。');
    expect(read.counts().map((c) => [c.value, c.unit, c.start, c.end])).toEqual([
      [41, '件', 13, 16],
      [39, '件', 19, 22],
    ]);
    expect(read.years().map((y) => y.year)).toEqual([2021]);
    expect(read.sentences().map((s) => s.text)).toEqual(['2021年，本机关收到申请41件', '办结39件']);
    expect(read.clauses().map((c) => c.text)).toEqual(['2021年', '本机关收到申请41件', '办结39件']);
    // Each reading is made once: the same array on every call.
    expect(read.counts()).toBe(read.counts());
    expect(read.clauses()).toBe(read.clauses());
  });

  it('gives readQuantities what it reads from the text itself', () => {
    const text = '本年度共收到政府信息公开申请４１件，其中予以公开３０件。';
    const direct = readQuantities(text, { version: 2021, year: 2021 });
    const viaReading = readQuantities(new ProseReading(text), { version: 2021, year: 2021 });
    expect(direct.map((m) => `${m.quantity}=${m.value}`)).toEqual(['received=41', 'granted=30']);
    expect(viaReading).toEqual(direct);
  });

  it('is made once per report and paragraph, and again when the paragraph text changed', async () => {
    const model = (await readDocx(await buildDocx(reportToDocSpec(cleanReport(2021, 2021))))).model;
    const { report } = check(model);
    const [p] = proseParagraphs(report, ['s1']);
    if (!p) throw new Error('no overview paragraph');
    // check() read the overview for the solving stage and year-mismatch: both got this reading.
    const read = proseReading(report, p);
    expect(proseReading(report, p)).toBe(read);
    expect(quantityMentions(report).find((q) => q.paragraph === p)?.text).toBe(read.text);
    // year-mismatch's reader takes the kept reading, and keeps none of its own for 五's prose.
    const reader = keptReadings(report);
    expect(reader(p)).toBe(read);
    const [later] = proseParagraphs(report, ['s5']);
    if (!later) throw new Error('no paragraph in 五');
    expect(reader(later)).not.toBe(reader(later));
    expect(reader(later).text).toBe(later.text);
    // Another recognition of the same model reads its own paragraphs.
    const again = check(model).report;
    const q = proseParagraphs(again, ['s1'])[0];
    if (!q) throw new Error('no overview paragraph');
    expect(proseReading(again, q)).not.toBe(read);
    p.text = '2021年，收到申请5件。';
    const edited = proseReading(report, p);
    expect(edited).not.toBe(read);
    expect(edited.counts().map((c) => c.value)).toEqual([5]);
  });
});

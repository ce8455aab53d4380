// A document may bind WordprocessingML to any prefix. Every write (set-cell, rename, insert,
// marks) must leave XML in which each prefix is bound, and read as the same edit on a `w:` file.
import { readFileSync } from 'fs';
import path from 'path';
import JSZip from 'jszip';
import { check } from '../../../src/core/check';
import { planFixes, planMarks } from '../../../src/core/fix';
import type { DocModel } from '../../../src/core/model';
import { parseDocumentXml } from '../../../src/core/ooxml';
import {
  addMarks,
  addMarksToXml,
  clearMarks,
  clearMarksFromXml,
  countMarks,
} from '../../../src/hosts/docx/marks';
import { W_PREFIX_TAKEN } from '../../../src/hosts/docx/prefix';
import { readDocx, type DocxFile } from '../../../src/hosts/docx/read';
import { applyPlanReporting, applyPlanToXml, saveDocx } from '../../../src/hosts/docx/write';
import { xPrefixed } from '../../hostile/make';
import { namespaceErrors } from './xmlCheck';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const SEED = path.resolve(__dirname, '../../fixtures/seed-004.docx');

/** seed-004.docx with its main document under `x:`. */
async function xSeed(): Promise<DocxFile> {
  const zip = await JSZip.loadAsync(readFileSync(SEED));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const x = xPrefixed(xml);
  expect(x).not.toContain('<w:');
  zip.file('word/document.xml', x);
  return readDocx(await zip.generateAsync({ type: 'uint8array' }));
}

/** The safe fixes (sets, the rename of 五) and the insert of 六, then marks on the suggestions left. */
async function fixAndMark(file: DocxFile): Promise<DocxFile> {
  const before = check(file.model);
  const { file: fixed, skipped } = applyPlanReporting(
    file,
    planFixes(
      before.report,
      before.findings.filter((f) => f.fix?.safe || f.fix?.kind === 'insert-section'),
    ),
  );
  expect(skipped).toEqual([]);
  const after = check(fixed.model);
  const marked = addMarks(fixed, planMarks(after.report, after.findings));
  return readDocx(await saveDocx(marked));
}

function texts(model: DocModel): string[] {
  return [
    ...model.paragraphs.map((p) => (p.numText ?? '') + p.text),
    ...model.tables.flatMap((t) => t.rows.flatMap((r) => r.cells.map((c) => c.text))),
  ];
}

describe('a document under the prefix x:', () => {
  test('fix (set-cell, rename, insert) and marks: every prefix bound, same result as under w:', async () => {
    const x = await xSeed();
    const w = await readDocx(readFileSync(SEED));
    expect(texts(x.model)).toEqual(texts(w.model));

    const xOut = await fixAndMark(x);
    const wOut = await fixAndMark(w);
    expect(namespaceErrors(x.documentXml)).toEqual([]);
    expect(namespaceErrors(xOut.documentXml)).toEqual([]);
    expect(texts(xOut.model)).toEqual(texts(wOut.model));
    expect(texts(xOut.model)).not.toEqual(texts(x.model));
    expect(xOut.model.paragraphs.map((p) => p.text)).toContain('六、其他需要报告的事项');
    expect(countMarks(xOut)).toBe(countMarks(wOut));
    expect(countMarks(xOut)).toBeGreaterThan(0);
    // Everything is written under x:, as the document is: its root is as it was.
    expect(xOut.documentXml).not.toMatch(/<\/?w:|\sw:[\w.-]+=/);
    const root = (xml: string) => /<x:document[^>]*>/.exec(xml)?.[0];
    expect(root(xOut.documentXml)).toBe(root(x.documentXml));
  });

  test('marks alone, then cleared: the document is byte for byte what it was', async () => {
    const x = await xSeed();
    const { report, findings } = check(x.model);
    const marked = addMarks(x, planMarks(report, findings));
    expect(countMarks(marked)).toBeGreaterThan(0);
    expect(namespaceErrors(marked.documentXml)).toEqual([]);
    const cleared = clearMarks(marked);
    expect(cleared.documentXml).toBe(x.documentXml);
  });

  test('cleared after a fix: no mark left, every prefix bound', async () => {
    const out = await fixAndMark(await xSeed());
    const cleared = clearMarks(out);
    expect(countMarks(cleared)).toBe(0);
    expect(namespaceErrors(cleared.documentXml)).toEqual([]);
  });
});

describe('other bindings', () => {
  const edit = {
    kind: 'set-cell' as const,
    addr: { table: 0, row: 0, cell: 0 },
    value: '7',
    ref: { table: 'requests' as const, row: 'new', column: 'total' },
  };

  test('WordprocessingML as the default namespace', () => {
    const xml =
      `<document xmlns="${W}"><body><tbl><tr><tc><p><pPr><jc val="center"/></pPr>` +
      '<r><rPr><b/></rPr><t>6</t></r></p></tc></tr></tbl><sectPr/></body></document>';
    const model = parseDocumentXml(xml);
    expect(model.tables[0].rows[0].cells[0].text).toBe('6');
    const out = applyPlanToXml(xml, model, { edits: [edit] });
    expect(out).toBe(
      `<document xmlns="${W}" xmlns:w="${W}"><body><tbl><tr><tc><p><pPr><jc val="center"/></pPr>` +
        '<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">7</w:t></w:r></p></tc></tr></tbl><sectPr/></body></document>',
    );
    expect(namespaceErrors(out)).toEqual([]);
    expect(parseDocumentXml(out).tables[0].rows[0].cells[0].text).toBe('7');
  });

  test('marks under a default namespace declare w, and clearing them restores the root', () => {
    const xml =
      `<document xmlns="${W}"><body><tbl><tr><tc><p>` +
      '<r><t>6</t></r></p></tc></tr></tbl><sectPr/></body></document>';
    const mark = {
      cell: edit.addr,
      rule: 'row-total' as const,
      severity: 'error' as const,
      message: '',
    };
    const marked = addMarksToXml(xml, parseDocumentXml(xml), [mark]);
    expect(marked).toContain(`<document xmlns="${W}" xmlns:w="${W}" xmlns:w15=`);
    expect(marked).toContain('<w:sdtContent><p><r><t>6</t></r></p></w:sdtContent></w:sdt></tc>');
    expect(namespaceErrors(marked)).toEqual([]);
    expect(clearMarksFromXml(marked)).toBe(xml);
  });

  test('w bound to another namespace beside x: the write is under x:', () => {
    const xml =
      `<x:document xmlns:x="${W}" xmlns:w="urn:other"><x:body><x:tbl><x:tr><x:tc><x:p>` +
      '<x:r><x:rPr><x:b/></x:rPr><x:t>6</x:t></x:r></x:p><w:other/></x:tc></x:tr></x:tbl></x:body></x:document>';
    const out = applyPlanToXml(xml, parseDocumentXml(xml), { edits: [edit] });
    expect(out).toBe(xml.replace('<x:t>6</x:t>', '<x:t xml:space="preserve">7</x:t>'));
    expect(namespaceErrors(out)).toEqual([]);
  });

  test('w bound to another namespace beside a default WordprocessingML: refused with the reason', () => {
    const xml =
      `<document xmlns="${W}" xmlns:w="urn:other"><body><tbl><tr><tc><p>` +
      '<r><t>6</t></r></p></tc></tr></tbl></body></document>';
    expect(() => applyPlanToXml(xml, parseDocumentXml(xml), { edits: [edit] })).toThrow(
      W_PREFIX_TAKEN,
    );
  });
});

import { DocxError } from '../../src/hosts/docx/errors';
import { readDocx, type DocxFile } from '../../src/hosts/docx/read';
import { readIgnores } from '../../src/hosts/docx/ignores';
import { saveDocx } from '../../src/hosts/docx/write';
import { LIMITS } from '../../src/core/limits';
import { doc, pt } from '../core/ooxml/xml';
import { HOSTILE_CASES, minimalDocx, REFERENCE_BODY, xPrefixed, type HostileCase } from './make';

/** The exact message of every case readDocx refuses. */
const MESSAGES: Record<string, string> = {
  'grid-before-2^31': '文件过大或结构异常：表格的一行超过 63 列（Word 表格最多 63 列）。',
  'grid-64-columns': '文件过大或结构异常：表格的一行超过 63 列（Word 表格最多 63 列）。',
  'row-5000-cells': '文件过大或结构异常：表格的一行超过 63 列（Word 表格最多 63 列）。',
  'million-empty-paragraphs': '文件过大或结构异常：文档超过 50000 个段落。',
  'deep-nesting': '文件过大或结构异常：XML 元素嵌套超过 512 层。',
  'bomb-declared-1gib':
    '文件过大或结构异常：压缩包条目“word/document.xml”解压后 1025 MB，超过上限 256 MB。',
  'numbering-bomb-numbered':
    '文件过大或结构异常：压缩包条目“word/numbering.xml”解压后 1025 MB，超过上限 256 MB。',
  'bomb-zip64-4gib':
    '文件过大或结构异常：压缩包条目“word/media/x.bin”解压后 4608 MB，超过上限 256 MB。',
  'huge-document-part':
    '文件过大或结构异常：压缩包条目“word/document.xml”解压后 480 MB，超过上限 256 MB。',
  'overlapping-600': '文件过大或结构异常：压缩包条目相互重叠。',
  'local-name-mismatch':
    '文件过大或结构异常：压缩包条目“word/document.xml”的本地文件头与目录不一致。',
  'wrong-crc': '文件过大或结构异常：压缩包条目“word/document.xml”的校验和不符。',
  'case-duplicate': '文件过大或结构异常：压缩包中有重名条目“WORD/document.xml”。',
};

async function outcome(c: HostileCase): Promise<DocxFile | DocxError> {
  return readDocx(c.build()).catch((err: unknown) => {
    if (err instanceof DocxError) return err;
    throw err;
  });
}

async function read(id: string): Promise<DocxFile> {
  const c = HOSTILE_CASES.find((x) => x.id === id);
  if (!c) throw new Error(`no case ${id}`);
  return readDocx(c.build());
}

describe('every hostile case', () => {
  it.each(HOSTILE_CASES.map((c) => [c.id, c] as const))(
    '%s: reads or is refused with a Chinese DocxError',
    async (_id, c) => {
      const result = await outcome(c);
      if (c.expect === 'reads') {
        expect(result).not.toBeInstanceOf(DocxError);
      } else {
        expect(result).toBeInstanceOf(DocxError);
        const err = result as DocxError;
        expect([err.code, err.message]).toEqual([c.expect, MESSAGES[c.id]]);
      }
    },
  );

  it('names each case once and lists a message for each refusal', () => {
    const ids = HOSTILE_CASES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(MESSAGES).sort()).toEqual(
      HOSTILE_CASES.filter((c) => c.expect !== 'reads')
        .map((c) => c.id)
        .sort(),
    );
  });
});

describe('what the readable hostile cases read as', () => {
  it('clamps a gridSpan of 2^31 to one cell over the 63 columns of a Word table', async () => {
    const table = (await read('grid-span-2^31')).model.tables[0];
    expect(table.cols).toBe(LIMITS.tableMaxCols);
    expect(table.grid[0]).toHaveLength(63);
    const cell = table.rows[0].cells[0];
    expect([cell.text, cell.col, cell.colSpan]).toEqual(['宽', 0, 63]);
    expect(table.grid[0].every((c) => c === cell)).toBe(true);
  });

  it('reads negative spans as none', async () => {
    const table = (await read('negative-spans')).model.tables[0];
    expect(table.cols).toBe(1);
    expect(table.rows.map((r) => [r.gridBefore, r.gridAfter])).toEqual([
      [0, 0],
      [0, 0],
    ]);
    expect(table.rows.map((r) => r.cells.map((c) => [c.text, c.col, c.colSpan]))).toEqual([
      [['格', 0, 1]],
      [['负', 0, 1]],
    ]);
  });

  it('clamps a list start of 2.6e9 to 32767 and the upperLetter label to 64 characters', async () => {
    const paragraphs = (await read('numbering-start-2.6e9-upper-letter')).model.paragraphs;
    // 32767 is "G" repeated 1261 times, 32768 "H" repeated as often; the label keeps 64.
    expect(paragraphs.map((p) => p.numText)).toEqual(['G'.repeat(64), 'H'.repeat(64)]);
    expect(LIMITS.numberingMaxLabel).toBe(64);
  });

  it('shows no label for a list level outside 0-8, and ignores such levels', async () => {
    const paragraphs = (await read('numbering-ilvl-out-of-range')).model.paragraphs;
    expect(paragraphs.map((p) => [p.numText, p.text])).toEqual([
      [undefined, '甲'],
      [undefined, '乙'],
      ['1.', '丙'],
    ]);
  });

  it('reads a vMerge continue with no restart above as a cell of its own', async () => {
    const table = (await read('vmerge-continue-without-restart')).model.tables[0];
    expect(table.grid.map((line) => line.map((c) => [c?.text, c?.rowSpan]))).toEqual([
      [['续', 1]],
      [['下', 1]],
    ]);
  });

  it('keeps at most 63 grid columns of a grid of 10,000', async () => {
    const table = (await read('grid-10000-gridcols')).model.tables[0];
    expect(table.cols).toBe(63);
    expect(table.grid[0].filter((c) => c !== null)).toHaveLength(1);
  });

  it('keeps the first 20,000 characters of a paragraph of 1,000,000, its span whole', async () => {
    const file = await read('million-character-paragraph');
    const para = file.model.paragraphs[0];
    expect(para.text).toBe('字'.repeat(LIMITS.paragraphMaxText));
    expect(para.src && file.documentXml.slice(para.src.start, para.src.end)).toBe(
      pt('字'.repeat(1_000_000)),
    );
  });

  it('reads a UTF-16 document part and declares the text UTF-8', async () => {
    const file = await read('utf16-document');
    expect(file.model.paragraphs.map((p) => p.text)).toEqual([
      '二〇二三年政府信息公开工作年度报告',
    ]);
    expect(file.documentXml.startsWith('<?xml version="1.0" encoding="UTF-8"')).toBe(true);
  });

  it('reads WordprocessingML under x: exactly as under w:', async () => {
    const x = await read('x-prefix');
    const w = await readDocx(minimalDocx(doc(REFERENCE_BODY)));
    expect(x.documentXml).toBe(xPrefixed(w.documentXml));
    expect(x.model).toEqual(w.model);
    expect(w.model.paragraphs.map((p) => [p.text, p.bold])).toEqual([
      ['一、总体情况', false],
      ['粗体', false],
      ['', false],
    ]);
    expect(w.model.tables[0].rows[0].cells[0].colSpan).toBe(2);
  });

  it('reads a content control showing its placeholder as an empty cell', async () => {
    const cell = (await read('placeholder-content-control')).model.tables[0].rows[0].cells[0];
    expect(cell.text).toBe('');
    expect(cell.paragraphs.map((p) => p.text)).toEqual(['']);
  });

  it('ignores the old grid of a tracked grid change', async () => {
    const table = (await read('tbl-grid-change')).model.tables[0];
    expect(table.cols).toBe(2);
    expect(table.grid[0].map((c) => c?.text)).toEqual(['甲', '乙']);
  });

  it('reads the heading in a text box once, before the paragraph that anchors it', async () => {
    const paragraphs = (await read('text-box-alternate-content')).model.paragraphs;
    expect(paragraphs.map((p) => [p.index, p.text])).toEqual([
      [0, '二、主动公开政府信息情况'],
      [1, '锚'],
      [2, '正文'],
    ]);
  });

  it('reads custom properties with a bad character reference as no ignores', async () => {
    const file = await read('custom-property-bad-reference');
    await expect(readIgnores(file)).resolves.toEqual([]);
  });

  it('passes a lying image through untouched: saving copies its compressed bytes', async () => {
    const c = HOSTILE_CASES.find((x) => x.id === 'bomb-lying-media');
    const bytes = c!.build();
    const file = await readDocx(bytes);
    expect(file.model.paragraphs.map((p) => p.text)).toEqual(['正文']);
    const saved = await saveDocx(file);
    expect(saved.length).toBeLessThan(bytes.length + 1000);
  });

  it('checks past a lying XML part it does not read, and refuses to save it before JSZip inflates it', async () => {
    const file = await read('bomb-lying-1gib');
    expect(file.model.paragraphs.map((p) => p.text)).toEqual(['正文']);
    const refused = await saveDocx(file).catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(DocxError);
    expect([(refused as DocxError).code, (refused as DocxError).message]).toEqual([
      'structure',
      '文件过大或结构异常：压缩包条目“customXml/item1.xml”的实际大小与目录不符。',
    ]);
  });

  it('reads a small document written with zip64 records', async () => {
    const file = await read('zip64-small');
    expect(file.model.paragraphs.map((p) => p.text)).toEqual(['正文']);
    expect((await file.zip()).file('word/document.xml')).not.toBeNull();
  });
});

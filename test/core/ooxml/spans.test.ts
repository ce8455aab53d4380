import { parseDocumentXml } from '../../../src/core/ooxml';
import type { DocModel, SourceSpan } from '../../../src/core/model';
import { doc, p, pt, r, tbl, tc, tr } from './xml';

function slice(xml: string, src: SourceSpan | undefined): string {
  if (!src) throw new Error('missing span');
  return xml.slice(src.start, src.end);
}

/** The element's own start and end tags bound the slice exactly. */
function expectElement(s: string, tag: string): void {
  expect(s).toMatch(new RegExp(`^<${tag}[\\s>/]`));
  const selfClosing = /^<[^>]*\/>$/.test(s);
  if (!selfClosing) expect(s.endsWith(`</${tag}>`)).toBe(true);
}

function allSpans(model: DocModel): [string, SourceSpan | undefined][] {
  const out: [string, SourceSpan | undefined][] = [];
  for (const para of model.paragraphs) out.push(['w:p', para.src]);
  const walkTable = (t: DocModel['tables'][number]): void => {
    out.push(['w:tbl', t.src]);
    for (const row of t.rows) {
      out.push(['w:tr', row.src]);
      for (const cell of row.cells) {
        out.push(['w:tc', cell.src]);
        for (const cp of cell.paragraphs) out.push(['w:p', cp.src]);
        for (const nested of cell.tables ?? []) walkTable(nested);
      }
    }
  };
  model.tables.forEach(walkTable);
  return out;
}

// Chinese, astral characters (two UTF-16 units each), CRLF line ends, '>' in attribute values,
// entities and self-closing paragraphs all shift offsets if positions were miscounted.
const body = [
  pt('二〇二〇年政府信息公开工作年度报告'),
  '\r\n',
  p(r('𠮷𝒳😀 &amp; &lt;表&gt;'), '<w:pStyle w:val="a&gt;b"/>'),
  '<w:p w:rsidR="00AB" w14:paraId="1A2B3C4D"/>',
  '\r\n',
  tbl(
    tr(tc(pt('项目𠮷')) + tc(pt('数量'))) +
      '\r\n' +
      tr(
        tc(p(r('😀')) + tbl(tr(tc(pt('嵌套'))), 1), '<w:tcW w:w="10" w:type="dxa"/>') +
          tc('<w:p/>'),
      ),
    2,
  ),
  pt('末段😀'),
].join('');

describe('source spans', () => {
  const xml = doc(body);
  const model = parseDocumentXml(xml);

  it('covers every w:p, w:tbl, w:tr and w:tc exactly, from < to >', () => {
    const spans = allSpans(model);
    expect(spans.length).toBeGreaterThan(12);
    for (const [tag, src] of spans) expectElement(slice(xml, src), tag);
  });

  it('points at the element that holds the text', () => {
    expect(slice(xml, model.paragraphs[1].src)).toContain('𠮷𝒳😀 &amp; &lt;表&gt;');
    expect(model.paragraphs[1].text).toBe('𠮷𝒳😀 & <表>');
    expect(model.paragraphs[1].style).toBe('a>b');
    expect(slice(xml, model.paragraphs[2].src)).toBe('<w:p w:rsidR="00AB" w14:paraId="1A2B3C4D"/>');
    expect(slice(xml, model.paragraphs[3].src)).toBe(pt('末段😀'));
    const cell = model.tables[0].rows[0].cells[0];
    expect(slice(xml, cell.src)).toBe(tc(pt('项目𠮷')));
    const nested = model.tables[0].rows[1].cells[0].tables?.[0];
    expect(slice(xml, nested?.src)).toBe(tbl(tr(tc(pt('嵌套'))), 1));
    expect(slice(xml, model.tables[0].rows[1].cells[1].src)).toBe('<w:tc><w:p/></w:tc>');
  });

  it('lets a writer splice a cell by its span', () => {
    const cell = model.tables[0].rows[0].cells[1];
    const src = cell.src as SourceSpan;
    const edited = xml.slice(0, src.start) + tc(pt('12')) + xml.slice(src.end);
    const again = parseDocumentXml(edited);
    expect(again.tables[0].grid[0].map((c) => c?.text)).toEqual(['项目𠮷', '12']);
    expect(again.paragraphs.map((x) => x.text)).toEqual(model.paragraphs.map((x) => x.text));
  });

  it('orders table spans inside their parents', () => {
    const table = model.tables[0];
    const t = table.src as SourceSpan;
    for (const row of table.rows) {
      const rs = row.src as SourceSpan;
      expect(rs.start).toBeGreaterThan(t.start);
      expect(rs.end).toBeLessThan(t.end);
      for (const cell of row.cells) {
        const cs = cell.src as SourceSpan;
        expect(cs.start).toBeGreaterThan(rs.start);
        expect(cs.end).toBeLessThan(rs.end);
      }
    }
  });
});

// A text box's paragraphs are read where the box is anchored, and their spans lie inside the
// anchoring paragraph's. An insert never lands in a text box, and two edits never nest.
import { parseDocumentXml } from '../../../src/core/ooxml';
import type { Edit, EditPlan, Mark } from '../../../src/core/plan';
import { addMarksToXml } from '../../../src/hosts/docx/marks';
import { INSIDE_REWRITE_REASON, planEdits, spliceAll } from '../../../src/hosts/docx/write';
import { doc, p, pt, r } from '../../core/ooxml/xml';
import { textBox } from '../../hostile/make';
import { namespaceErrors } from './xmlCheck';

const BOX = pt('二、主动公开政府信息情况');
const ANCHOR = p(r('锚') + textBox(BOX));
const XML = doc(ANCHOR + pt('正文'));
const MODEL = parseDocumentXml(XML);

function apply(plan: EditPlan) {
  const { splices, skipped } = planEdits(XML, MODEL, plan);
  const out = spliceAll(XML, splices);
  expect(namespaceErrors(out)).toEqual([]);
  return { out, model: parseDocumentXml(out), skipped };
}

const insert = (position: 'before' | 'after'): Edit => ({
  kind: 'insert-section',
  section: 's1',
  version: 2021,
  anchor: { position, paragraph: 0 },
});
const rename = (paragraph: number, text: string): Edit => ({
  kind: 'rename-heading',
  section: 's2',
  paragraph,
  text,
});

test('the model: the box paragraph (0) lies inside its anchor (1)', () => {
  expect(MODEL.paragraphs.map((q) => q.text)).toEqual(['二、主动公开政府信息情况', '锚', '正文']);
  const [box, anchor] = MODEL.paragraphs.map((q) => q.src ?? { start: 0, end: 0 });
  expect(anchor.start < box.start && box.end < anchor.end).toBe(true);
});

test.each(['before', 'after'] as const)(
  'a section inserted %s a heading in a text box lands outside the anchoring paragraph',
  (position) => {
    const { out, model, skipped } = apply({ edits: [insert(position)] });
    expect(skipped).toEqual([]);
    const at = out.indexOf(ANCHOR);
    expect(at).toBeGreaterThan(0);
    const inserted = position === 'before' ? out.slice(0, at) : out.slice(at + ANCHOR.length);
    expect(inserted).toContain('一、总体情况');
    // The text box still holds exactly its one paragraph, twice (wps and its VML fallback).
    expect(out.split(BOX)).toHaveLength(3);
    const texts = model.paragraphs.map((q) => q.text);
    expect(texts.filter((t) => t === '一、总体情况')).toHaveLength(1);
  },
);

test('a heading in a text box renamed alone: only the box paragraph changes', () => {
  const { model, skipped } = apply({ edits: [rename(0, '二、主动公开政府信息情况（修订）')] });
  expect(skipped).toEqual([]);
  expect(model.paragraphs.map((q) => q.text)).toEqual([
    '二、主动公开政府信息情况（修订）',
    '锚',
    '正文',
  ]);
});

test('the anchoring paragraph and its box both rewritten: the box edit is skipped with the reason', () => {
  const inner = rename(0, '二、新标题');
  const outer = rename(1, '新锚');
  for (const edits of [
    [inner, outer],
    [outer, inner],
  ]) {
    const { model, skipped, out } = apply({ edits });
    expect(skipped).toEqual([{ edit: inner, reason: INSIDE_REWRITE_REASON }]);
    // The anchor's rewrite keeps the run holding the text box, box text untouched.
    expect(model.paragraphs.map((q) => q.text)).toEqual([
      '二、主动公开政府信息情况',
      '新锚',
      '正文',
    ]);
    expect(out.split(BOX)).toHaveLength(3);
  }
});

test('an insert before the box heading and a rename of it do not collide', () => {
  const { model, skipped } = apply({ edits: [insert('before'), rename(0, '二、新标题')] });
  expect(skipped).toEqual([]);
  const texts = model.paragraphs.map((q) => q.text);
  expect(texts.slice(-3)).toEqual(['二、新标题', '锚', '正文']);
  expect(texts[0]).toBe('一、总体情况');
});

test('marks on the box paragraph and on its anchor nest as valid XML', () => {
  const marks: Mark[] = [0, 1].map((paragraph) => ({
    paragraph,
    rule: 'section-title',
    severity: 'warning',
    message: '',
  }));
  const out = addMarksToXml(XML, MODEL, marks);
  expect(namespaceErrors(out)).toEqual([]);
  expect(out.match(/gouji-mark:section-title/g)).toHaveLength(2);
  expect(parseDocumentXml(out).paragraphs.map((q) => q.text)).toEqual(
    MODEL.paragraphs.map((q) => q.text),
  );
});

// The test oracle: the saxes-based tokenizer the product used before its own scanner
// (src/core/ooxml/scan.ts), kept verbatim in behaviour so that the differential test can hold the
// scanner to it. The product does not import this file. It can go once the scanner has shipped
// a release with the differential test green and no reader bug traced to it.
import { SaxesParser } from 'saxes';
import { LIMITS, LimitError } from '../../../../src/core/limits';
import type { DocModel } from '../../../../src/core/model';
import { parseDocumentXml, type ExtraParts } from '../../../../src/core/ooxml';
import { partText, type XmlPart } from '../../../../src/core/ooxml/part';
import { Names, type Attrs, type SaxHandler } from '../../../../src/core/ooxml/sax';

class RecordAttrs implements Attrs {
  constructor(readonly record: Record<string, string>) {}
  get(rawName: string): string | undefined {
    return this.record[rawName];
  }
}

export function saxesWalk(part: XmlPart, handler: SaxHandler, names: Names = new Names()): void {
  const xml = partText(part);
  const parser = new SaxesParser();
  let depth = 0;
  parser.on('opentag', (tag) => {
    const raw = tag.name;
    if (depth < 3 || raw.charCodeAt(0) !== 119 || raw.charCodeAt(1) !== 58) {
      const declarations: string[] = [];
      for (const key in tag.attributes) declarations.push(key, tag.attributes[key]);
      names.enter(declarations, depth);
    }
    depth++;
    if (depth > LIMITS.xmlMaxDepth) {
      throw new LimitError('structure', `XML 元素嵌套超过 ${LIMITS.xmlMaxDepth} 层。`);
    }
    // The start tag's `<`: attribute values cannot hold one.
    const start = xml.lastIndexOf('<', parser.position - 1);
    handler.open(names.name(tag.name), new RecordAttrs(tag.attributes), parser.position, start);
  });
  parser.on('closetag', (tag) => {
    depth--;
    handler.close(names.name(tag.name), parser.position);
    names.leave(depth);
  });
  const onText = handler.text?.bind(handler);
  if (onText) parser.on('text', onText);
  parser.on('error', (err) => {
    throw err;
  });
  parser.write(xml).close();
}

/** The model as the saxes-based reader built it. */
export function oracleParse(xml: XmlPart, parts: ExtraParts = {}): DocModel {
  return parseDocumentXml(xml, parts, saxesWalk);
}

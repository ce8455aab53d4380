// The few things styles.xml contributes to the model: numbering, outline level and bold that a
// paragraph inherits from its style (following `w:basedOn`).
import type { XmlPart } from './part';
import { Names, type Attrs, type Walk } from './sax';
import { scan } from './scan';
import { intAttr, onOff } from './onoff';

interface StyleDef {
  basedOn?: string;
  numId?: string;
  ilvl?: number;
  outlineLevel?: number;
  bold?: boolean;
}

export interface StyleNumPr {
  numId: string;
  ilvl?: number;
}

// Element codes, looked up once per name by the scanner (a number switched on per element, not
// a string compared with each case).
const OTHER = 0;
/** Changes and conditional table formatting would leak old or foreign properties into the style. */
const SKIPPED = 1;
const STYLE = 2;
const BASED_ON = 3;
const PPR = 4;
const RPR = 5;
const NUM_ID = 6;
const ILVL = 7;
const OUTLINE_LVL = 8;
const B = 9;

const CODES = new Map<string, number>([
  ['w:pPrChange', SKIPPED],
  ['w:rPrChange', SKIPPED],
  ['w:tblStylePr', SKIPPED],
  ['w:tblPr', SKIPPED],
  ['w:trPr', SKIPPED],
  ['w:tcPr', SKIPPED],
  ['w:style', STYLE],
  ['w:basedOn', BASED_ON],
  ['w:pPr', PPR],
  ['w:rPr', RPR],
  ['w:numId', NUM_ID],
  ['w:ilvl', ILVL],
  ['w:outlineLvl', OUTLINE_LVL],
  ['w:b', B],
]);

export class Styles {
  private defs = new Map<string, StyleDef>();
  /** The paragraph style used when a paragraph names none. */
  defaultParagraph?: string;

  constructor(xml?: XmlPart, walk: Walk = scan) {
    // An empty part is no part (as an empty string always was).
    if (xml !== undefined && (typeof xml === 'string' ? xml : xml.latin1) !== '')
      this.read(xml, walk);
  }

  numPr(styleId: string | undefined): StyleNumPr | undefined {
    const numId = this.find(styleId, (d) => d.numId);
    if (numId === undefined) return undefined;
    return { numId, ilvl: this.find(styleId, (d) => d.ilvl) };
  }

  outlineLevel(styleId: string | undefined): number | undefined {
    return this.find(styleId, (d) => d.outlineLevel);
  }

  bold(styleId: string | undefined): boolean | undefined {
    return this.find(styleId, (d) => d.bold);
  }

  /** The first value along the `basedOn` chain (guarded against cycles). */
  private find<T>(
    styleId: string | undefined,
    pick: (d: StyleDef) => T | undefined,
  ): T | undefined {
    let id = styleId;
    for (let guard = 0; id !== undefined && guard < 32; guard++) {
      const def = this.defs.get(id);
      if (!def) return undefined;
      const value = pick(def);
      if (value !== undefined) return value;
      id = def.basedOn;
    }
    return undefined;
  }

  private read(xml: XmlPart, walk: Walk): void {
    const names = new Names();
    let def: StyleDef | undefined;
    let skip = 0;
    let inPPr = false;
    let inRPr = false;
    const codeOf = (name: string): number => CODES.get(name) ?? OTHER;
    /** The codes of the open elements outside skipped content, innermost last. */
    const open: number[] = [];
    walk(
      xml,
      {
        codeOf,
        // An empty element of no code moves nothing but the skip count, back where it was.
        ignoresEmpty: (code: number) => code === OTHER,
        open: (name: string, attrs: Attrs, _end: number, _start: number, known?: number) => {
          const code = known ?? codeOf(name);
          if (skip > 0 || code === SKIPPED) {
            skip++;
            return;
          }
          open.push(code);
          if (code === STYLE) {
            const id = names.attr(attrs, 'styleId');
            def = {};
            if (id !== undefined) this.defs.set(id, def);
            const isDefault = names.attr(attrs, 'default');
            if (
              names.attr(attrs, 'type') === 'paragraph' &&
              (isDefault === '1' || isDefault === 'true' || isDefault === 'on')
            ) {
              this.defaultParagraph = id;
            }
            return;
          }
          if (!def) return;
          switch (code) {
            case BASED_ON:
              def.basedOn = names.attr(attrs, 'val');
              break;
            case PPR:
              inPPr = true;
              break;
            case RPR:
              inRPr = !inPPr;
              break;
            case NUM_ID:
              if (inPPr) def.numId = names.attr(attrs, 'val');
              break;
            case ILVL:
              if (inPPr) def.ilvl = intAttr(names, attrs);
              break;
            case OUTLINE_LVL:
              if (inPPr) def.outlineLevel = intAttr(names, attrs);
              break;
            case B:
              if (inRPr) def.bold = onOff(names, attrs);
              break;
          }
        },
        close: () => {
          if (skip > 0) {
            skip--;
            return;
          }
          const code = open.pop();
          if (code === STYLE) def = undefined;
          else if (code === PPR) inPPr = false;
          else if (code === RPR) inRPr = false;
        },
      },
      names,
    );
  }
}

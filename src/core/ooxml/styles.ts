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

// Changes and conditional table formatting would leak old or foreign properties into the style.
const SKIP = new Set(['w:pPrChange', 'w:rPrChange', 'w:tblStylePr', 'w:tblPr', 'w:trPr', 'w:tcPr']);

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
    walk(
      xml,
      {
        open: (name: string, attrs: Attrs) => {
          if (skip > 0 || SKIP.has(name)) {
            skip++;
            return;
          }
          if (name === 'w:style') {
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
          switch (name) {
            case 'w:basedOn':
              def.basedOn = names.attr(attrs, 'val');
              break;
            case 'w:pPr':
              inPPr = true;
              break;
            case 'w:rPr':
              inRPr = !inPPr;
              break;
            case 'w:numId':
              if (inPPr) def.numId = names.attr(attrs, 'val');
              break;
            case 'w:ilvl':
              if (inPPr) def.ilvl = intAttr(names, attrs);
              break;
            case 'w:outlineLvl':
              if (inPPr) def.outlineLevel = intAttr(names, attrs);
              break;
            case 'w:b':
              if (inRPr) def.bold = onOff(names, attrs);
              break;
          }
        },
        close: (name: string) => {
          if (skip > 0) {
            skip--;
            return;
          }
          if (name === 'w:style') def = undefined;
          else if (name === 'w:pPr') inPPr = false;
          else if (name === 'w:rPr') inRPr = false;
        },
      },
      names,
    );
  }
}

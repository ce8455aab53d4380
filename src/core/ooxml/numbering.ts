// Word's automatic numbering: the definitions in numbering.xml and the counters that turn each
// numbered paragraph, in document order, into the label Word shows ("一、", "（2）", "3.1").
import { LIMITS } from '../limits';
import { formatNumber } from './numfmt';
import type { XmlPart } from './part';
import { Names, type Attrs, type Walk } from './sax';
import { scan } from './scan';
import { intAttr, onOff } from './onoff';
import type { Styles } from './styles';

// Element codes, looked up once per name by the scanner (a number switched on per element, not
// a string compared with each case).
const OTHER = 0;
/** Paragraph and run properties of a level: nothing of them is read. */
const SKIPPED = 1;
const ABSTRACT_NUM = 2;
const NUM = 3;
const ABSTRACT_NUM_ID = 4;
const NUM_STYLE_LINK = 5;
const LVL_OVERRIDE = 6;
const START_OVERRIDE = 7;
const LVL = 8;
const START = 9;
const NUM_FMT = 10;
const LVL_TEXT = 11;
const P_STYLE = 12;
const LVL_RESTART = 13;
const IS_LGL = 14;

const CODES = new Map<string, number>([
  ['w:pPr', SKIPPED],
  ['w:rPr', SKIPPED],
  ['w:abstractNum', ABSTRACT_NUM],
  ['w:num', NUM],
  ['w:abstractNumId', ABSTRACT_NUM_ID],
  ['w:numStyleLink', NUM_STYLE_LINK],
  ['w:lvlOverride', LVL_OVERRIDE],
  ['w:startOverride', START_OVERRIDE],
  ['w:lvl', LVL],
  ['w:start', START],
  ['w:numFmt', NUM_FMT],
  ['w:lvlText', LVL_TEXT],
  ['w:pStyle', P_STYLE],
  ['w:lvlRestart', LVL_RESTART],
  ['w:isLgl', IS_LGL],
]);

interface Level {
  start?: number;
  numFmt?: string;
  lvlText?: string;
  pStyle?: string;
  /** 1-based level after which this level restarts; 0 = never. */
  restart?: number;
  isLgl?: boolean;
}

interface AbstractNum {
  levels: Map<number, Level>;
  numStyleLink?: string;
}

interface Override {
  start?: number;
  level?: Level;
}

interface Num {
  abstractId: string;
  overrides: Map<number, Override>;
}

/** A list start clamped to what Word accepts (0 … LIMITS.numberingMaxStart). */
function clampStart(n: number | undefined): number | undefined {
  return n === undefined ? undefined : Math.min(LIMITS.numberingMaxStart, Math.max(0, n));
}

/** A level number (0–8), or undefined for anything else. */
function validLevel(n: number | undefined): number | undefined {
  return n !== undefined && n >= 0 && n <= LIMITS.numberingMaxLevel ? n : undefined;
}

export class Numbering {
  private abstracts = new Map<string, AbstractNum>();
  private nums = new Map<string, Num>();
  private counters = new Map<string, (number | undefined)[]>();

  /** The part, or how to get it, until it is read: on the first numbered paragraph. Most reports
   * number nothing (their headings are typed, "一、"), and their part need not be inflated. */
  private source: XmlPart | (() => XmlPart | undefined) | undefined;

  constructor(
    xml: XmlPart | (() => XmlPart | undefined) | undefined,
    private readonly styles: Styles,
    private readonly walk: Walk = scan,
  ) {
    this.source = xml;
  }

  private ensureRead(): void {
    const source = this.source;
    if (source === undefined) return;
    this.source = undefined;
    const xml = typeof source === 'function' ? source() : source;
    // An empty part is no part (as an empty string always was).
    if (xml !== undefined && (typeof xml === 'string' ? xml : xml.latin1) !== '')
      this.read(xml, this.walk);
  }

  /** The level a style-linked list uses for `styleId` (`w:lvl/w:pStyle`), else 0. */
  levelForStyle(numId: string, styleId: string | undefined): number {
    this.ensureRead();
    const abs = this.abstractOf(numId);
    if (abs && styleId !== undefined) {
      for (const [ilvl, level] of abs.levels) if (level.pStyle === styleId) return ilvl;
    }
    return 0;
  }

  /** Advances the counters for one numbered paragraph and returns its label, if it shows one. */
  next(numId: string, ilvl: number): string | undefined {
    if (numId === '0' || validLevel(ilvl) === undefined) return undefined;
    this.ensureRead();
    const num = this.nums.get(numId);
    const abs = this.abstractOf(numId);
    if (!num || !abs) return undefined;
    const levelOf = (k: number): Level | undefined =>
      num.overrides.get(k)?.level ?? abs.levels.get(k);
    const level = levelOf(ilvl);
    if (!level) return undefined;
    const startOf = (k: number): number => num.overrides.get(k)?.start ?? levelOf(k)?.start ?? 0;

    // Instances that restart a list (startOverride) count on their own; plain instances of one
    // abstract list share its counters, as Word does.
    let hasStartOverride = false;
    for (const o of num.overrides.values()) if (o.start !== undefined) hasStartOverride = true;
    const key = hasStartOverride ? `n${numId}` : `a${num.abstractId}`;
    let values = this.counters.get(key);
    if (!values) {
      values = [];
      this.counters.set(key, values);
    }

    const current = values[ilvl];
    values[ilvl] = current === undefined ? startOf(ilvl) : current + 1;
    for (let k = ilvl + 1; k < 9; k++) {
      const restart = levelOf(k)?.restart ?? k;
      if (ilvl < restart) values[k] = undefined;
    }

    if (level.numFmt === 'bullet') return level.lvlText || undefined;
    const text = (level.lvlText ?? '').replace(/%([1-9])/g, (_m, d: string) => {
      const k = Number(d) - 1;
      const fmt = level.isLgl && k !== ilvl ? 'decimal' : levelOf(k)?.numFmt;
      return formatNumber(values[k] ?? startOf(k), fmt);
    });
    return text.slice(0, LIMITS.numberingMaxLabel) || undefined;
  }

  private abstractOf(numId: string): AbstractNum | undefined {
    let id = numId;
    // A numbering style link points at a style whose numPr names the real list.
    for (let guard = 0; guard < 4; guard++) {
      const num = this.nums.get(id);
      const abs = num && this.abstracts.get(num.abstractId);
      if (!abs || abs.numStyleLink === undefined) return abs;
      const linked = this.styles.numPr(abs.numStyleLink)?.numId;
      if (linked === undefined || linked === id) return abs;
      id = linked;
    }
    return undefined;
  }

  private read(xml: XmlPart, walk: Walk): void {
    const names = new Names();
    let abs: AbstractNum | undefined;
    let num: Num | undefined;
    let override: Override | undefined;
    let level: Level | undefined;
    let skip = 0;
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
          switch (code) {
            case ABSTRACT_NUM:
              abs = { levels: new Map() };
              this.abstracts.set(names.attr(attrs, 'abstractNumId') ?? '', abs);
              break;
            case NUM:
              num = { abstractId: '', overrides: new Map() };
              this.nums.set(names.attr(attrs, 'numId') ?? '', num);
              break;
            case ABSTRACT_NUM_ID:
              if (num) num.abstractId = names.attr(attrs, 'val') ?? '';
              break;
            case NUM_STYLE_LINK:
              if (abs) abs.numStyleLink = names.attr(attrs, 'val');
              break;
            case LVL_OVERRIDE:
              if (num) {
                override = {};
                const ilvl = validLevel(intAttr(names, attrs, 'ilvl') ?? 0);
                if (ilvl !== undefined) num.overrides.set(ilvl, override);
              }
              break;
            case START_OVERRIDE:
              if (override) override.start = clampStart(intAttr(names, attrs));
              break;
            case LVL:
              level = {};
              if (override) override.level = level;
              else {
                const ilvl = validLevel(intAttr(names, attrs, 'ilvl') ?? 0);
                if (ilvl !== undefined) abs?.levels.set(ilvl, level);
              }
              break;
            case START:
              if (level) level.start = clampStart(intAttr(names, attrs));
              break;
            case NUM_FMT: {
              // "custom" formats come with a standard fallback in mc:Fallback: keep that one.
              const fmt = names.attr(attrs, 'val');
              if (level && fmt !== undefined && fmt !== 'custom') level.numFmt = fmt;
              break;
            }
            case LVL_TEXT:
              if (level)
                level.lvlText = (names.attr(attrs, 'val') ?? '').slice(0, LIMITS.numberingMaxLabel);
              break;
            case P_STYLE:
              if (level) level.pStyle = names.attr(attrs, 'val');
              break;
            case LVL_RESTART:
              if (level) level.restart = intAttr(names, attrs);
              break;
            case IS_LGL:
              if (level) level.isLgl = onOff(names, attrs);
              break;
          }
        },
        close: () => {
          if (skip > 0) {
            skip--;
            return;
          }
          const code = open.pop();
          if (code === LVL) level = undefined;
          else if (code === LVL_OVERRIDE) override = undefined;
          else if (code === ABSTRACT_NUM) abs = undefined;
          else if (code === NUM) num = undefined;
        },
      },
      names,
    );
  }
}

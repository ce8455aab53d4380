// Renders a list counter the way Word does for each `w:numFmt`. Formats we do not know fall back
// to decimal: a wrong numeral still lets the recogniser see that a label is there.
import { LIMITS } from '../limits';

const CN_DIGITS = '〇一二三四五六七八九';
const CN_LEGAL = '零壹贰叁肆伍陆柒捌玖';
const TIANGAN = '甲乙丙丁戊己庚辛壬癸';
const DIZHI = '子丑寅卯辰巳午未申酉戌亥';

/** 一 … 十, 十一, 二十, 一百零一, 一千零一十 (Word's chineseCountingThousand). */
function chineseCounting(n: number, digits: string, units: string[], zero: string): string {
  if (n === 0) return digits[0];
  if (n >= 10000) return String(n);
  let out = '';
  let pendingZero = false;
  const parts = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  let started = false;
  for (let i = 0; i < 4; i++) {
    const d = parts[i];
    if (d === 0) {
      if (started) pendingZero = true;
      continue;
    }
    if (pendingZero) out += zero;
    pendingZero = false;
    // 十一 rather than 一十一 when the number starts with the tens.
    if (!(i === 2 && d === 1 && !started)) out += digits[d];
    out += units[i];
    started = true;
  }
  return out;
}

const CN_UNITS = ['千', '百', '十', ''];
const CN_LEGAL_UNITS = ['仟', '佰', '拾', ''];

function letters(n: number, base: string): string {
  // Word repeats the letter: A … Z, AA … ZZ, AAA … (clamped: a label is a few characters).
  const letter = base[(n - 1) % 26];
  return letter.repeat(Math.min(LIMITS.numberingMaxLabel, Math.floor((n - 1) / 26) + 1));
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [value, symbol] of table) {
    while (n >= value) {
      out += symbol;
      n -= value;
    }
  }
  return out;
}

function enclosed(n: number, first: number, count: number): string {
  return n >= 1 && n <= count ? String.fromCodePoint(first + n - 1) : String(n);
}

function fullWidth(n: number): string {
  return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
}

export function formatNumber(n: number, fmt: string | undefined): string {
  switch (fmt) {
    case undefined:
    case 'decimal':
      return String(n);
    case 'none':
      return '';
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
      return chineseCounting(n, CN_DIGITS, CN_UNITS, '零');
    case 'chineseLegalSimplified':
    case 'japaneseLegal':
      return chineseCounting(n, CN_LEGAL, CN_LEGAL_UNITS, '零');
    case 'ideographDigital':
    case 'taiwaneseDigital':
    case 'japaneseDigitalTenThousand':
      return String(n).replace(/[0-9]/g, (d) => CN_DIGITS[Number(d)]);
    case 'ideographTraditional':
      return n >= 1 ? TIANGAN[(n - 1) % 10] : String(n);
    case 'ideographZodiac':
      return n >= 1 ? DIZHI[(n - 1) % 12] : String(n);
    case 'upperLetter':
      return n >= 1 ? letters(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') : String(n);
    case 'lowerLetter':
      return n >= 1 ? letters(n, 'abcdefghijklmnopqrstuvwxyz') : String(n);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'decimalZero':
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return fullWidth(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return enclosed(n, 0x2460, 20);
    case 'decimalEnclosedParen':
      return enclosed(n, 0x2474, 20);
    case 'decimalEnclosedFullstop':
      return enclosed(n, 0x2488, 20);
    case 'ideographEnclosedCircle':
      return enclosed(n, 0x3280, 10);
    default:
      return String(n);
  }
}

// The quick paths of fold and stripSpaces give what NFKC and the regex give, on every character.

import { fold, normLabel, stripSpaces } from '../../../src/core/recognize/text';

const SPACES = /[\s\u00a0\u3000\u200b\ufeff]+/g;

describe('fold skips NFKC only where NFKC changes nothing', () => {
  it('every BMP character and every character pair from the samples folds as NFKC folds it', () => {
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c);
      if (fold(s) !== s.normalize('NFKC')) differ.push(c.toString(16));
      // After an ASCII letter or a CJK ideograph: a combining mark composes with the letter.
      for (const before of ['a', '中']) {
        const pair = before + s;
        if (fold(pair) !== pair.normalize('NFKC')) differ.push(`${before}+${c.toString(16)}`);
      }
    }
    expect(differ).toEqual([]);
  });

  it('no character composes from characters that fold leaves alone', () => {
    // A composition a + b → c means NFD(c) is made of a's and b's decompositions: if fold left a
    // and b alone (no decomposition), NFD(c) consists of them alone.
    const stable = (ch: string): boolean => {
      const code = ch.charCodeAt(0);
      return code < 0x80 || (code >= 0x4e00 && code <= 0x9fff);
    };
    const composed: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const s = String.fromCodePoint(cp);
      const d = s.normalize('NFD');
      // Singletons (U+F900 → U+8C48) decompose but never compose back: NFC(d) is then not s.
      if (d !== s && d.normalize('NFC') === s && [...d].every(stable))
        composed.push(cp.toString(16));
    }
    expect(composed).toEqual([]);
  });

  it('texts as reports write them', () => {
    for (const s of [
      '0',
      '1,200',
      '本年新收',
      '（三）不予公开',
      '２０２１年',
      '３',
      'Ａ',
      'é',
      'é',
      '㍿',
    ])
      expect(fold(s)).toBe(s.normalize('NFKC'));
  });
});

describe('stripSpaces', () => {
  it('removes exactly what the regex removes, character by character', () => {
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const s = `a${String.fromCharCode(c)}b`;
      if (stripSpaces(s) !== s.replace(SPACES, '')) differ.push(c.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it('texts as reports write them', () => {
    for (const s of ['', ' ', '0', ' 0 ', '1\u00a02', '申请\u3000人', '\u200b', 'a\tb\nc'])
      expect(stripSpaces(s)).toBe(s.replace(SPACES, ''));
  });
});

describe('normLabel returns a text it leaves alone without a lookup', () => {
  // normLabel as written out in full: NFKC, no spaces, no quotes, one separator after numbers.
  const reference = (s: string): string =>
    s
      .normalize('NFKC')
      .replace(SPACES, '')
      .replace(/[“”"'‘’「」『』]/g, '')
      .replace(/[、．.]/g, '.')
      .replace(/[：]/g, ':');

  it('every BMP character, alone and between others', () => {
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `1${ch}`, `中${ch}x`])
        if (normLabel(s) !== reference(s)) differ.push(c.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it('labels as reports write them', () => {
    for (const s of [
      '12',
      '本年新收',
      '1.属于国家秘密',
      '1、属于国家秘密',
      '（三）不予公开',
      '“三安全一稳定”',
      "a'b",
      '申请 人',
    ])
      expect(normLabel(s)).toBe(reference(s));
  });
});

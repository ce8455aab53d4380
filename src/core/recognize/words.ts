// Which words of a fixed list a text holds, found in one pass over the text: a table's labels are
// tested against the words that identify each official table without joining them into one text
// and searching it once per word.

const IDEOGRAPHS_FROM = 0x4e00;
const IDEOGRAPHS_TO = 0x9fff;

/** A list of words, each starting with a CJK Unified Ideograph, ready to be looked for. */
export interface WordList {
  readonly words: readonly string[];
  /** One bit per CJK Unified Ideograph (2.6 KB): some word starts with it. */
  readonly leads: Uint8Array;
  /** For each first character, the indices of the words that start with it. */
  readonly byLead: ReadonlyMap<number, readonly number[]>;
}

export function wordList(words: readonly string[]): WordList {
  const leads = new Uint8Array(((IDEOGRAPHS_TO - IDEOGRAPHS_FROM) >> 3) + 1);
  const byLead = new Map<number, number[]>();
  words.forEach((w, i) => {
    const c = w.charCodeAt(0);
    if (!(c >= IDEOGRAPHS_FROM && c <= IDEOGRAPHS_TO))
      throw new Error(`word ${JSON.stringify(w)} does not start with an ideograph`);
    const at = c - IDEOGRAPHS_FROM;
    leads[at >> 3] = (leads[at >> 3] ?? 0) | (1 << (at & 7));
    const list = byLead.get(c);
    if (list) list.push(i);
    else byLead.set(c, [i]);
  });
  return { words, leads, byLead };
}

/**
 * Sets found[i] to 1 for every word i of `list` that `text` holds; returns how many it set. Only
 * the positions where a word may start (its first character) are compared.
 */
export function markWords(text: string, list: WordList, found: Uint8Array): number {
  const { words, leads, byLead } = list;
  let added = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < IDEOGRAPHS_FROM || c > IDEOGRAPHS_TO) continue;
    const at = c - IDEOGRAPHS_FROM;
    if (!(((leads[at >> 3] as number) >> (at & 7)) & 1)) continue;
    for (const w of byLead.get(c) ?? []) {
      if (found[w] === 0 && text.startsWith(words[w] as string, i)) {
        found[w] = 1;
        added++;
      }
    }
  }
  return added;
}

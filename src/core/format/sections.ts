// The six sections of the official layout (spec/format.md, "Sections"), identical in both versions.

export type SectionKey = 's1' | 's2' | 's3' | 's4' | 's5' | 's6';
export type TableKey = 'active' | 'requests' | 'appeals';
/** A table layout's version, the year of its notice (2019, 2021): the registered ones are in versions.ts. */
export type FormatVersion = number;

export interface SectionDef {
  key: SectionKey;
  /** The Chinese numeral of the heading, without the "、". */
  numeral: string;
  /** The official title, without its numbering. */
  title: string;
  /** The table the section holds, if any. */
  table?: TableKey;
}

export const SECTIONS: readonly SectionDef[] = [
  { key: 's1', numeral: '一', title: '总体情况' },
  { key: 's2', numeral: '二', title: '主动公开政府信息情况', table: 'active' },
  { key: 's3', numeral: '三', title: '收到和处理政府信息公开申请情况', table: 'requests' },
  { key: 's4', numeral: '四', title: '政府信息公开行政复议、行政诉讼情况', table: 'appeals' },
  { key: 's5', numeral: '五', title: '存在的主要问题及改进情况' },
  { key: 's6', numeral: '六', title: '其他需要报告的事项' },
];

export const SECTION_KEYS: readonly SectionKey[] = SECTIONS.map((s) => s.key);

export function sectionDef(key: SectionKey): SectionDef {
  const def = SECTIONS.find((s) => s.key === key);
  if (!def) throw new Error(`unknown section ${key}`);
  return def;
}

/** The official heading as it should be written: "二、主动公开政府信息情况". */
export function officialHeading(key: SectionKey): string {
  const def = sectionDef(key);
  return `${def.numeral}、${def.title}`;
}

export function sectionOfTable(table: TableKey): SectionKey {
  const def = SECTIONS.find((s) => s.table === table);
  if (!def) throw new Error(`unknown table ${table}`);
  return def.key;
}

// A faithful, read-only rendering of the document model: body paragraphs in order and each table
// drawn from its grid, with the merges of the .docx as rowSpan/colSpan, so that the user sees the
// cell a finding names where Word would show it. Flagged cells are coloured (error red, warning
// amber); the located one is outlined and scrolled into view. It draws the blocks the worker sent
// (at most LIMITS.previewMaxBlocks) and says when it left the rest out.

import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef } from 'react';

import type { DocBlock, DocCell, DocTable } from '../core/model';
import type { Mark } from '../core/plan';
import type { FindingPlace } from './browser-host';
import { OUTLINED_CLASS, addrKey } from './outline';

export interface PreviewProps {
  /** The body's blocks in order (the first LIMITS.previewMaxBlocks of them). */
  blocks: readonly DocBlock[];
  /** Said below the blocks: what the preview left out or cut short. */
  notes: readonly string[];
  marks: readonly Mark[];
  /** The place 定位 chose, and a counter so that locating the same cell again scrolls again. */
  selected: { place: FindingPlace; nonce: number } | null;
  label: string;
  emptyText: string;
}

const useStyles = makeStyles({
  page: {
    boxSizing: 'border-box',
    maxWidth: '820px',
    margin: '0 auto',
    padding: '32px 40px',
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    // Local fonts only: the page must not fetch anything.
    fontFamily: '"FangSong", "FangSong_GB2312", "仿宋", "SimSun", "Songti SC", serif',
    fontSize: '15px',
    lineHeight: 1.7,
    color: tokens.colorNeutralForeground1,
    overflowWrap: 'anywhere',
  },
  p: { margin: '0 0 4px', textIndent: '2em', minHeight: '1em', whiteSpace: 'pre-wrap' },
  bold: { fontWeight: 700, textIndent: 0 },
  tableWrap: { overflowX: 'auto', margin: '8px 0 12px' },
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    fontSize: '12px',
    lineHeight: 1.4,
    fontFamily: '"SimSun", "宋体", "Songti SC", serif',
  },
  td: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    padding: '2px 4px',
    textAlign: 'center',
    verticalAlign: 'middle',
    whiteSpace: 'pre-wrap',
    scrollMarginBlock: '120px',
  },
  error: { backgroundColor: '#fde7e9', boxShadow: 'inset 0 0 0 2px #d13438' },
  warning: { backgroundColor: '#fff4ce', boxShadow: 'inset 0 0 0 2px #c19c00' },
  outlined: {
    outline: `3px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: '1px',
    position: 'relative',
    zIndex: 1,
  },
  empty: { color: tokens.colorNeutralForeground3 },
});

type Severity = Mark['severity'];

function cellText(cell: DocCell): string {
  return cell.paragraphs.length > 0
    ? cell.paragraphs.map((p) => (p.numText ?? '') + p.text).join('\n')
    : cell.text;
}

interface Highlights {
  cells: Map<string, Severity>;
  paragraphs: Map<number, Severity>;
  outlinedCell: string | null;
  outlinedPara: number | null;
}

function PreviewTable(props: { table: DocTable; h: Highlights | null }): JSX.Element {
  const { table, h } = props;
  const styles = useStyles();
  const nested = table.index < 0;
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table} data-table={nested ? undefined : table.index}>
        <tbody>
          {table.grid.map((slots, r) => (
            <tr key={r}>
              {slots.map((cell, c) => {
                // A slot left by gridBefore/gridAfter or a short row: keep the grid's shape.
                if (!cell) return <td key={c} className={styles.td} />;
                // Slots covered by a merge belong to the cell that starts it.
                if (cell.row !== r || cell.col !== c) return null;
                const addr = nested
                  ? undefined
                  : addrKey({ table: table.index, row: r, cell: cell.cell });
                const severity = addr ? h?.cells.get(addr) : undefined;
                const outlined = addr !== undefined && h?.outlinedCell === addr;
                return (
                  <td
                    key={c}
                    rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
                    colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
                    data-addr={addr}
                    data-severity={severity}
                    className={mergeClasses(
                      styles.td,
                      severity && `gouji-${severity}`,
                      severity && styles[severity],
                      outlined && OUTLINED_CLASS,
                      outlined && styles.outlined,
                    )}
                  >
                    {cellText(cell)}
                    {cell.tables?.map((t, i) => (
                      <PreviewTable key={i} table={t} h={null} />
                    ))}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function Preview(props: PreviewProps): JSX.Element {
  const { blocks, marks, selected } = props;
  const styles = useStyles();
  const root = useRef<HTMLElement>(null);

  const h = useMemo<Highlights>(() => {
    const cells = new Map<string, Severity>();
    const paragraphs = new Map<number, Severity>();
    for (const m of marks) {
      if (m.cell) {
        const k = addrKey(m.cell);
        if (cells.get(k) !== 'error') cells.set(k, m.severity);
      } else if (m.paragraph !== undefined && paragraphs.get(m.paragraph) !== 'error') {
        paragraphs.set(m.paragraph, m.severity);
      }
    }
    const place = selected?.place;
    return {
      cells,
      paragraphs,
      outlinedCell: place && place.cells.length > 0 ? addrKey(place.cells[0]) : null,
      outlinedPara:
        place && place.cells.length === 0 && place.paragraph !== undefined ? place.paragraph : null,
    };
  }, [marks, selected]);

  // Scroll after the outline is rendered; the nonce makes a second click on 定位 scroll again.
  useEffect(() => {
    if (!selected) return;
    const el = root.current?.querySelector<HTMLElement>(`.${OUTLINED_CLASS}`);
    el?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }, [selected]);

  const block = (b: DocBlock, i: number): JSX.Element => {
    if (b.kind === 'table') return <PreviewTable key={`t${i}`} table={b} h={h} />;
    const severity = h.paragraphs.get(b.index);
    const outlined = h.outlinedPara === b.index;
    return (
      <p
        key={`p${i}`}
        data-para={b.index}
        data-severity={severity}
        className={mergeClasses(
          styles.p,
          b.bold && styles.bold,
          severity && `gouji-${severity}`,
          severity && styles[severity],
          outlined && OUTLINED_CLASS,
          outlined && styles.outlined,
        )}
      >
        {(b.numText ?? '') + b.text}
      </p>
    );
  };

  return (
    <article ref={root} className={styles.page} aria-label={props.label} data-testid="preview">
      {blocks.length === 0 ? <p className={styles.empty}>{props.emptyText}</p> : blocks.map(block)}
      {props.notes.map((note) => (
        <p key={note} className={styles.empty} data-testid="preview-note">
          {note}
        </p>
      ))}
    </article>
  );
}

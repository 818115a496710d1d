// What a BLS number cell means. BLS writes symbols where it has no number to give: they must become
// "not published" or "at least", never a number.
import type { Cell } from './types';

export type CellReading =
  | { kind: 'number'; value: number }
  /** `*` (wage) or `**` (employment): BLS did not publish it. */
  | { kind: 'not-published' }
  /** `#`: at or above the top-coded wage; the file gives no figure, only that floor. */
  | { kind: 'top-coded' }
  /** An empty cell. */
  | { kind: 'empty' };

/** Reads a number cell; throws on a symbol or text it does not know, so nothing odd becomes a figure. */
export function readCell(cell: Cell): CellReading {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new Error(`not a number: ${cell}`);
    return { kind: 'number', value: cell };
  }
  const text = (cell ?? '').trim();
  if (text === '') return { kind: 'empty' };
  if (text === '*' || text === '**') return { kind: 'not-published' };
  if (text === '#') return { kind: 'top-coded' };
  // Numbers stored as text, sometimes with thousands separators: "48,310".
  if (/^-?[\d,]*\.?\d+$/.test(text))
    return { kind: 'number', value: Number(text.replace(/,/g, '')) };
  throw new Error(`"${text}" is neither a number nor a BLS symbol (*, **, #)`);
}

/** A cell as plain text, for codes and titles ("29-2072", "2"). */
export function cellText(cell: Cell): string {
  return cell === null || cell === undefined ? '' : String(cell).trim();
}

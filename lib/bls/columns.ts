// Columns by their header, never by position: BLS has moved and renamed columns between releases
// (and written headers in lower case some years), so a header lookup is what survives a new file.
import { cellText } from './cells';
import type { Cell, Row } from './types';

const normal = (text: string) => text.trim().toUpperCase();

/** Reads a row's cell by column name. */
export type ColumnReader<Name extends string> = (row: Row, name: Name) => Cell;

/** A reader of the named columns of a header row; throws naming every column that is missing. */
export function columnReader<Name extends string>(
  header: Row,
  names: readonly Name[],
): ColumnReader<Name> {
  const headers = header.map((cell) => normal(cellText(cell)));
  const missing = names.filter((name) => !headers.includes(normal(name)));
  if (missing.length > 0) {
    throw new Error(`missing column(s) ${missing.join(', ')} in header: ${headers.join(', ')}`);
  }
  const indices = new Map<string, number>(
    names.map((name) => [name, headers.indexOf(normal(name))]),
  );
  return (row, name) => row[indices.get(name) ?? -1];
}

/** The header of the first column whose header matches, with its index; undefined if none does. */
export function findColumn(
  header: Row,
  pattern: RegExp,
): { index: number; text: string } | undefined {
  const index = header.findIndex((cell) => pattern.test(cellText(cell)));
  return index < 0 ? undefined : { index, text: cellText(header[index]) };
}

/** The first row that has every one of the given headers (title rows above it are skipped). */
export function findHeaderRow(rows: readonly Row[], names: readonly string[]): number {
  const wanted = names.map(normal);
  const index = rows.findIndex((row) => {
    const headers = row.map((cell) => normal(cellText(cell)));
    return wanted.every((name) => headers.includes(name));
  });
  if (index < 0) throw new Error(`no header row with ${names.join(', ')}`);
  return index;
}

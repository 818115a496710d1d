// CSV text to rows (RFC 4180: quoted fields, doubled quotes, commas and line breaks inside quotes),
// for OEWS sheets saved as CSV.
import type { Row } from './types';

export function parseCsv(text: string): Row[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  // A BOM from a spreadsheet export would stick to the first header.
  const first = rows[0];
  if (first?.[0]?.startsWith('\uFEFF')) first[0] = first[0].slice(1);
  return rows;
}

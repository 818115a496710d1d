// Reading BLS files for npm run data:bls: XLSX through exceljs, CSV through lib/bls, and the OEWS
// zips through fflate. Rows come out as plain cells for the pure parsers in lib/bls.
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { oewsFileName, parseCsv, type Cell, type OewsFileName, type Row } from '../../lib/bls';

/** A sheet read from a file: its rows, and the text of the workbook's other sheets (field notes). */
export interface Sheet {
  file: string;
  rows: Row[];
  notes: string;
}

function cellOf(value: ExcelJS.CellValue, text: string): Cell {
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (value === null || value === undefined) return null;
  return text;
}

async function readWorkbook(file: string, data: Uint8Array, pickSheet?: RegExp): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  // A stream of the one buffer: exceljs types load() with an older Buffer type than Node's.
  await workbook.xlsx.read(Readable.from([data]));
  const sheets = workbook.worksheets;
  const sheet =
    (pickSheet && sheets.find((candidate) => pickSheet.test(candidate.name))) ?? sheets[0];
  if (!sheet) throw new Error(`${file}: no worksheet`);
  const rowsOf = (worksheet: ExcelJS.Worksheet): Row[] => {
    const rows: Row[] = [];
    worksheet.eachRow((row) => {
      const cells: Cell[] = [];
      for (let index = 1; index <= row.cellCount; index += 1) {
        const cell = row.getCell(index);
        cells.push(cellOf(cell.value, cell.text));
      }
      rows.push(cells);
    });
    return rows;
  };
  const notes = sheets
    .filter((other) => other !== sheet)
    .flatMap(rowsOf)
    .map((row) => row.join(' '))
    .join('\n');
  return { file, rows: rowsOf(sheet), notes };
}

export async function readSheetFile(
  file: string,
  data: Uint8Array,
  pickSheet?: RegExp,
): Promise<Sheet> {
  if (/\.csv$/i.test(file))
    return { file, rows: parseCsv(new TextDecoder().decode(data)), notes: '' };
  return readWorkbook(file, data, pickSheet);
}

/** The OEWS sheets of a folder: loose sheets, or the sheet inside each oesm zip. */
export async function oewsSheets(
  folder: string,
  files: readonly string[],
): Promise<{ name: OewsFileName; sheet: Sheet }[]> {
  const found: { name: OewsFileName; sheet: Sheet }[] = [];
  for (const file of files) {
    const name = oewsFileName(file);
    if (!name) continue;
    const data = readFileSync(path.join(folder, file));
    if (!/\.zip$/i.test(file)) {
      found.push({ name, sheet: await readSheetFile(file, data) });
      continue;
    }
    const entries = Object.entries(unzipSync(data));
    const inside = entries.filter(([entry]) => {
      const sheetName = oewsFileName(entry);
      return sheetName?.kind === name.kind && !/\.zip$/i.test(entry);
    });
    const [entry] = inside;
    if (!entry || inside.length > 1) {
      throw new Error(
        `${file}: expected one ${name.kind}_M<yyyy>_dl sheet inside, found ${inside.length}`,
      );
    }
    const sheetName = oewsFileName(entry[0]);
    if (sheetName?.year !== name.year) {
      throw new Error(`${file}: holds ${entry[0]}, of another year`);
    }
    const sheet = await readSheetFile(`${file}/${entry[0]}`, entry[1]);
    // Some releases ship the field descriptions (which give the top-coded wage) as their own file.
    const described = entries.filter(([entryName]) => /field.?desc[^/]*\.xlsx$/i.test(entryName));
    const notes = await Promise.all(
      described.map(async ([entryName, entryData]) => {
        const book = await readWorkbook(entryName, entryData);
        return [...book.rows.map((row) => row.join(' ')), book.notes].join('\n');
      }),
    );
    found.push({ name, sheet: { ...sheet, notes: [sheet.notes, ...notes].join('\n') } });
  }
  return found;
}

import { parse } from 'csv-parse/sync';
import type { CellValue } from 'exceljs';
import { AppError } from '../lib/errors.ts';

export type SheetRow = Record<string, string>;

const isXlsx = (file: Buffer) => file[0] === 0x50 && file[1] === 0x4b; // a zip archive: "PK"

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as CellValue);
    if ('text' in value) return String(value.text);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
  }
  return String(value).trim();
}

/** The first sheet of an XLSX file, or a CSV file (comma or semicolon, as Swedish Excel writes it). */
export async function readSheet(file: Buffer): Promise<SheetRow[]> {
  try {
    if (isXlsx(file)) {
      // Loaded on first use: the library takes a noticeable part of the server's start.
      const { default: ExcelJS } = await import('exceljs');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(file as unknown as ArrayBuffer);
      const sheet = book.worksheets[0];
      if (!sheet) return [];
      const header = (sheet.getRow(1).values as CellValue[]).map(cellText);
      const rows: SheetRow[] = [];
      sheet.eachRow((row, n) => {
        if (n === 1) return;
        const values = row.values as CellValue[];
        rows.push(Object.fromEntries(header.map((h, i) => [h, cellText(values[i])]).filter(([h]) => h)));
      });
      return rows;
    }
    const text = file.toString('utf8').replace(/^\uFEFF/, '');
    const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
    const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
    return parse(text, { columns: true, delimiter, skip_empty_lines: true, trim: true, bom: true });
  } catch (error) {
    throw new AppError(
      'bad_request',
      `The file could not be read as CSV or XLSX: ${(error as Error).message}`,
    );
  }
}

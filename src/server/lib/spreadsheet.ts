import { PassThrough } from 'node:stream';
import { stringify } from 'csv-stringify/sync';

/**
 * A cell as text with formula-looking values defused (a leading apostrophe), so a spreadsheet never runs
 * what someone typed: a name or title starting with =, +, -, @, a tab or a carriage return.
 */
export function defuseCell(value: unknown): string {
  const s = value === null || value === undefined ? '' : String(value);
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

export type Cell = string | number | null;

/** A table for export: text cells are defused, numbers stay numbers. */
export type Table = { columns: string[]; rows: Cell[][] };

const defused = (cell: Cell): Cell => (typeof cell === 'number' || cell === null ? cell : defuseCell(cell));

/** CSV with a byte-order mark (so Excel reads UTF-8), comma separated, numbers with a decimal point. */
export function tableCsv(table: Table): string {
  return stringify(
    table.rows.map((row) => row.map(defused)),
    { header: true, columns: table.columns.map(defuseCell), bom: true },
  );
}

/**
 * One sheet, header row bold and frozen, numbers as numbers (two decimals where they are not whole). Written
 * row by row with exceljs's streaming writer and inline strings: a funder's month of a whole programme (thousands
 * of rows) took over a second through the in-memory workbook.
 */
export async function tableXlsx(table: Table, sheetName: string): Promise<Buffer> {
  // Loaded on first use, so the audit export and the server's start do not pay for it.
  const { default: ExcelJS } = await import('exceljs');
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  book.creator = 'Rödtråd';
  const sheet = book.addWorksheet(sheetName.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  table.columns.forEach((name, i) => {
    sheet.getColumn(i + 1).width = Math.min(40, Math.max(10, name.length + 2));
  });
  const header = sheet.addRow(table.columns.map(defuseCell));
  header.font = { bold: true };
  header.commit();
  for (const row of table.rows) {
    const added = sheet.addRow(row.map(defused));
    added.eachCell((cell) => {
      if (typeof cell.value === 'number' && !Number.isInteger(cell.value)) cell.numFmt = '0.00';
    });
    added.commit();
  }
  sheet.commit();
  await book.commit();
  return Buffer.concat(chunks);
}

import { describe, expect, it } from 'vitest';
import { ApiError } from '#web/lib/api.ts';
import { csvType, reportOf, rowsWithProblems, sheetContentType, xlsxType } from './sheet-file.ts';

describe('the spreadsheet to import', () => {
  it('is sent with the type its extension says, whatever the browser guessed', () => {
    expect(sheetContentType({ name: 'deltagare.CSV', type: 'application/vnd.ms-excel' })).toBe(csvType);
    expect(sheetContentType({ name: 'deltagare.csv', type: '' })).toBe(csvType);
    expect(sheetContentType({ name: 'Deltagare.xlsx', type: '' })).toBe(xlsxType);
    expect(
      sheetContentType({ name: 'deltagare.ods', type: 'application/vnd.oasis.opendocument.spreadsheet' }),
    ).toBe('application/vnd.oasis.opendocument.spreadsheet');
    expect(sheetContentType({ name: 'deltagare', type: '' })).toBe('application/octet-stream');
  });

  it('finds the report in a refused import, and counts the rows with problems', () => {
    const report = {
      rows: 3,
      accepted: false,
      written: 0,
      problems: [
        { row: 2, field: 'lastName', message: 'missing' },
        { row: 2, field: 'phone', message: 'a phone number' },
        { row: 4, field: 'Färg', message: 'unknown column' },
      ],
    };
    const refused = new ApiError({
      type: 'about:blank',
      title: 'Invalid input',
      status: 400,
      code: 'validation',
      report,
    } as never);
    expect(reportOf(refused)).toEqual(report);
    expect(rowsWithProblems(report)).toBe(2);
    const unreadable = new ApiError({
      type: 'about:blank',
      title: 'Bad request',
      status: 400,
      code: 'bad_request',
    });
    expect(reportOf(unreadable)).toBeNull();
    expect(reportOf(new Error('network'))).toBeNull();
  });
});

// CSV for Polish Excel: UTF-8 with a byte order mark (else Excel reads it as Windows-1250),
// `;` between fields (Excel's list separator under a Polish locale, where `,` is the decimal
// comma), every field quoted, CRLF line ends. Writing is papaparse's `unparse`, not hand-built
// quoting. Spreadsheet formula injection: a cell starting with =, +, -, @, tab or CR gets a
// leading apostrophe (papaparse's escapeFormulae, the OWASP advice), so Excel and LibreOffice
// show it as text instead of evaluating it; the apostrophe stays visible in the raw file.
import Papa from 'papaparse';
import type { ExportTranslate } from '../../../i18n/messages-export';
import { RECORD_COLUMNS, type FileRecord } from './practice-records';

const BOM = '\uFEFF';

/** One CSV text: a header row and the rows, every cell quoted and formula-safe. */
export function writeCsv(
  fields: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): string {
  const body = Papa.unparse(
    { fields: [...fields], data: rows.map((row) => row.map((cell) => cell ?? '')) },
    { delimiter: ';', quotes: true, newline: '\r\n', escapeFormulae: true },
  );
  return `${BOM}${body}\r\n`;
}

/** Where the file came from, in two columns repeated on every row (see README, Export). */
export interface CsvProvenance {
  viewLink: string;
  dataset: string;
}

/** The records as CSV: RECORD_COLUMNS in the UI's language, then the provenance columns. */
export function recordsToCsv(
  records: readonly FileRecord[],
  x: ExportTranslate,
  provenance: CsvProvenance,
): string {
  const fields = [
    ...RECORD_COLUMNS.map((column) => x(column.label)),
    x('export.column.viewLink'),
    x('export.column.dataset'),
  ];
  const rows = records.map((record) => [
    ...RECORD_COLUMNS.map((column) => column.value(record)),
    provenance.viewLink,
    provenance.dataset,
  ]);
  return writeCsv(fields, rows);
}

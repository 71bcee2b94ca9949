// RFC 4180 CSV reading: quoted fields, embedded newlines, doubled quotes, a leading BOM, CRLF or LF.
// Written here because no CSV parser is among the project's dependencies.

export interface CsvRecord {
  /** 1-based record number counting the header as record 1 (so the first data row is 2). */
  row: number;
  /** 1-based line where the record starts in the file, for messages. */
  line: number;
  fields: Record<string, string>;
  /** Number of fields actually present, to spot short or long rows. */
  width: number;
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
  /** Problems that did not stop reading (e.g. an unterminated quote at end of file). */
  warnings: string[];
}

interface RawRow {
  line: number;
  cells: string[];
}

/** Splits CSV text into rows of cells. Never throws: oddities become warnings. */
export function parseCsvRows(text: string, delimiter = ','): { rows: RawRow[]; warnings: string[] } {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: RawRow[] = [];
  const warnings: string[] = [];
  let cells: string[] = [];
  let cell = '';
  let inQuotes = false;
  let line = 1;
  let rowLine = 1;
  let quoteStartLine = 1;
  let atCellStart = true;

  const endCell = () => {
    cells.push(cell);
    cell = '';
    atCellStart = true;
  };
  const endRow = () => {
    endCell();
    // A blank line is not a record.
    if (!(cells.length === 1 && cells[0] === '')) rows.push({ line: rowLine, cells });
    cells = [];
  };

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (input[i + 1] === '"') {
          cell += '"';
          i++;
        } else {
          inQuotes = false;
        }
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && atCellStart) {
      inQuotes = true;
      quoteStartLine = line;
      atCellStart = false;
    } else if (ch === delimiter) {
      endCell();
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && input[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else {
      // A quote inside an unquoted cell is kept literally (lenient, as spreadsheets write them).
      cell += ch;
      atCellStart = false;
    }
  }
  if (inQuotes) warnings.push(`unterminated quoted field starting on line ${quoteStartLine}`);
  if (cell !== '' || cells.length > 0) endRow();
  return { rows, warnings };
}

/** Reads CSV text with a header row into records keyed by (trimmed) header names. */
export function parseCsv(text: string, delimiter = ','): CsvTable {
  const { rows, warnings } = parseCsvRows(text, delimiter);
  const [head, ...body] = rows;
  if (!head) return { header: [], records: [], warnings };
  const header = head.cells.map((h) => h.trim());
  const records = body.map((raw, index): CsvRecord => {
    const fields: Record<string, string> = {};
    header.forEach((name, i) => {
      fields[name] = raw.cells[i] ?? '';
    });
    return { row: index + 2, line: raw.line, fields, width: raw.cells.length };
  });
  return { header, records, warnings };
}

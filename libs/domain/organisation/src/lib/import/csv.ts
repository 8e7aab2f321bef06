/**
 * A small RFC 4180 reader: `;`, `,` or tab as delimiter (detected from the header line),
 * quoted fields with doubled quotes and line breaks inside, CRLF, LF or CR line ends. Every
 * record keeps the line number it starts on, so problems can point at the line in the file.
 */
export type CsvDelimiter = ';' | ',' | '\t';

export interface CsvRecord {
  /** 1-based line number of the record's first line in the file. */
  line: number;
  fields: string[];
}

export interface CsvTable {
  delimiter: CsvDelimiter;
  /** Records in file order; blank lines are left out. The first is the header. */
  records: CsvRecord[];
  /** A quote was still open at the end of the file (line where it opened). */
  unterminatedQuoteLine: number | null;
}

/** The delimiter of the first line: the most frequent of `;`, `,` and tab outside quotes (`;` on a tie). */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ';' || ch === ',' || ch === '\t')) counts[ch] += 1;
  }
  if (counts['\t'] > counts[';'] && counts['\t'] > counts[',']) return '\t';
  return counts[','] > counts[';'] ? ',' : ';';
}

export function parseCsv(text: string, delimiter: CsvDelimiter = detectDelimiter(text)): CsvTable {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;

  const endField = () => {
    fields.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    // Blank lines, and lines of empty fields only (Excel's trailing ";;;;"), are no records.
    if (fields.some((f) => f.trim() !== '')) records.push({ line: recordLine, fields });
    fields = [];
  };

  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 1;
        } else quoted = false;
      } else {
        if (ch === '\r' && text[i + 1] === '\n') {
          field += '\n';
          i += 1;
          line += 1;
        } else {
          if (ch === '\n' || ch === '\r') line += 1;
          field += ch === '\r' ? '\n' : ch;
        }
      }
      continue;
    }
    if (ch === '"' && field.trim() === '') {
      // A quote opens a quoted field only at its start (spaces before it are dropped).
      field = '';
      quoted = true;
      quoteLine = line;
    } else if (ch === delimiter) {
      endField();
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else field += ch;
  }
  if (quoted) {
    endRecord();
    return { delimiter, records, unterminatedQuoteLine: quoteLine };
  }
  if (field !== '' || fields.length) endRecord();
  return { delimiter, records, unterminatedQuoteLine: null };
}

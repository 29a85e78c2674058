/**
 * Splits RFC 4180 CSV text, given line by line, into records: fields in double quotes may hold
 * commas, doubled quotes and line breaks (ACLED's notes do), so a record may span lines.
 */
export interface CsvRecord {
  /** The line the record starts on. */
  readonly line: number;
  readonly fields: string[] | null;
  /** Why the record could not be read (an unclosed quote), when it could not. */
  readonly problem: string | null;
}

export class CsvRecordReader {
  private pending: string[] = [];
  private startLine = 0;

  /** Feeds the next line (without its line break); returns a record when one is complete. */
  push(text: string, line: number): CsvRecord | null {
    if (this.pending.length === 0) this.startLine = line;
    this.pending.push(text.replace(/\r$/, ''));
    const joined = this.pending.join('\n');
    if (countQuotes(joined) % 2 === 1) return null;
    this.pending = [];
    return parseRecord(joined, this.startLine);
  }

  /** What is left at the end of the input: a record whose quote never closed. */
  finish(): CsvRecord | null {
    if (this.pending.length === 0) return null;
    const line = this.startLine;
    this.pending = [];
    return { line, fields: null, problem: 'a quoted field is never closed' };
  }
}

function countQuotes(text: string): number {
  let count = 0;
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) count++;
  return count;
}

function parseRecord(text: string, line: number): CsvRecord {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (text[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const close = text.indexOf('"', i);
        value += text.slice(i, close);
        i = close + 1;
        if (text[i] === '"') {
          value += '"';
          i++;
        } else break;
      }
      if (i < text.length && text[i] !== ',')
        return { line, fields: null, problem: `text after a closing quote at character ${i + 1}` };
      fields.push(value);
    } else {
      const comma = text.indexOf(',', i);
      const end = comma === -1 ? text.length : comma;
      const value = text.slice(i, end).replace(/\r$/, '');
      if (value.includes('"'))
        return { line, fields: null, problem: `a quote inside an unquoted field at character ${i + 1}` };
      fields.push(value);
      i = end;
    }
    if (i >= text.length) return { line, fields, problem: null };
    i++; // the comma
    if (i === text.length) {
      fields.push('');
      return { line, fields, problem: null };
    }
  }
}

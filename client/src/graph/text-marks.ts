/**
 * Cuts a text into runs at every start and end of its marks (mentions, quotes), so each run can
 * be drawn once with the keys of every mark over it: marks may overlap (a mention inside a
 * quote). Offsets are UTF-16 code units, as the draft gives them; a mark outside the text or
 * empty is left out.
 */
export interface TextMark {
  readonly start: number;
  readonly end: number;
  readonly key: string;
}

export interface TextRun {
  readonly text: string;
  readonly start: number;
  /** The keys of the marks that cover this run, in the order the marks were given. */
  readonly keys: readonly string[];
}

export function markText(text: string, marks: readonly TextMark[]): TextRun[] {
  const valid = marks.filter((mark) => mark.start >= 0 && mark.end <= text.length && mark.start < mark.end);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((mark) => [mark.start, mark.end])])].sort((a, b) => a - b);
  const runs: TextRun[] = [];
  for (let i = 0; i < cuts.length - 1; i += 1) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const keys = valid.filter((mark) => mark.start <= start && mark.end >= end).map((mark) => mark.key);
    runs.push({ text: text.slice(start, end), start, keys });
  }
  return runs;
}

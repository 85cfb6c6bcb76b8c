/**
 * Line numbers for the rows papaparse hands over one at a time. It gives the offset where each row
 * ends; counting line breaks up to there (once over the whole text, as the rows arrive) and taking
 * away those inside quoted values gives the line on which the row starts, as an editor numbers it.
 */
export class LineCounter {
  private scanned = 0;
  private breaks = 0;
  private readonly hasQuotes: boolean;

  constructor(private readonly text: string) {
    this.hasQuotes = text.includes('"');
  }

  /** The 1-based line on which a row starts, given its cells and the offset just past it (and its line break). */
  startLine(cells: readonly string[], end: number, linebreak: string): number {
    const mark = breakChar(linebreak);
    for (let i = this.text.indexOf(mark, this.scanned); i !== -1 && i < end; i = this.text.indexOf(mark, i + 1)) this.breaks++;
    this.scanned = Math.max(this.scanned, end);
    let line = this.breaks + (this.text.endsWith(linebreak, end) ? 0 : 1);
    if (this.hasQuotes) for (const cell of cells) line -= count(cell, mark);
    return line;
  }

  /** The 1-based line holding the character at `offset` (for errors: it counts from the start). */
  lineAt(offset: number): number {
    return count(this.text.slice(0, offset), '\n') + 1;
  }

  /** At most how many rows can follow the given line: one per remaining line. */
  maxRowsAfter(line: number): number {
    return Math.max(count(this.text, '\n') + 1 - line, 1);
  }
}

/** The character counted as one line break: LF for `\n` and `\r\n` files, CR for old Mac files. */
function breakChar(linebreak: string): string {
  return linebreak === '\r' ? '\r' : '\n';
}

function count(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) n++;
  return n;
}

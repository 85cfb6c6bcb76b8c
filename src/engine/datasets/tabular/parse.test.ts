import { describe, expect, it } from 'vitest';
import { parseTable } from './parse.ts';
import { cellsOf, csv, errorOf } from './testTables.ts';

describe('parseTable: column types', () => {
  it('reads a column of numbers as numeric and one of words as categorical', () => {
    const table = csv('length,species', '3.5,Adelie', '-2,Gentoo', '1e2,Adelie');
    expect(table.columns.map((c) => [c.name, c.type])).toEqual([
      ['length', 'numeric'],
      ['species', 'categorical'],
    ]);
    expect(cellsOf(table, 'length')).toEqual([3.5, -2, 100]);
    expect(cellsOf(table, 'species')).toEqual(['Adelie', 'Gentoo', 'Adelie']);
    expect(table.rowCount).toBe(3);
  });

  it('keeps a column numeric through every missing-value token, counting them', () => {
    const table = csv('x,y', '1,a', ',b', 'NA,c', 'n/a,d', 'NaN,e', 'null,f', '?,g', '.,h', '2,i');
    expect(table.columns[0]).toMatchObject({ type: 'numeric', missing: 7 });
    expect(cellsOf(table, 'x')).toEqual([1, null, null, null, null, null, null, null, 2]);
  });

  it('makes a column categorical when one cell has a leading zero, like a ZIP code', () => {
    const table = csv('zip,n', '10001,1', '02134,2', '94105,3');
    expect(table.columns[0]!.type).toBe('categorical');
    expect(cellsOf(table, 'zip')).toEqual(['10001', '02134', '94105']);
  });

  it('makes a column categorical at its first text cell, naming the numbers above it by value', () => {
    const table = csv('grade,n', '1.0,1', '2,2', 'unknown,3', '1,4', 'NA,5');
    expect(table.columns[0]).toMatchObject({ type: 'categorical', missing: 1, categories: ['1', '2', 'unknown'] });
    expect(cellsOf(table, 'grade')).toEqual(['1', '2', 'unknown', '1', null]);
  });

  it('sorts categories: numbers by value, then words in natural order', () => {
    const table = csv('c,n', 'b10,1', 'b2,1', '10,1', '9,1', 'a,1', '-1,1');
    expect(table.columns[0]).toMatchObject({ categories: ['-1', '9', '10', 'a', 'b2', 'b10'] });
    expect(cellsOf(table, 'c')).toEqual(['b10', 'b2', '10', '9', 'a', '-1']);
  });

  it('trims spaces around values and names', () => {
    const table = csv(' a , b ', ' 1 ,  x ', '2,x');
    expect(table.columns.map((c) => c.name)).toEqual(['a', 'b']);
    expect(cellsOf(table, 'a')).toEqual([1, 2]);
    expect(cellsOf(table, 'b')).toEqual(['x', 'x']);
  });
});

describe('parseTable: file formats', () => {
  it('detects commas, tabs and semicolons', () => {
    expect(parseTable('a,b,c\n1,2,x\n', 'data.csv')).toMatchObject({ delimiter: ',', rowCount: 1 });
    const tsv = parseTable('a\tb\tc\n1\t2,5\tx\n', 'data.tsv');
    expect(tsv.delimiter).toBe('\t');
    expect(cellsOf(tsv, 'b')).toEqual(['2,5']);
    const semicolons = parseTable('a;b;c\n1;2,5;x\n3;4,5;y\n', 'excel.csv');
    expect(semicolons.delimiter).toBe(';');
    expect(cellsOf(semicolons, 'c')).toEqual(['x', 'y']);
  });

  it('reads quoted fields holding delimiters, quotes and line breaks', () => {
    const table = csv('name,note,n', '"Smith, J","said ""hi""",1', '"two', 'lines",plain,2');
    expect(cellsOf(table, 'name')).toEqual(['Smith, J', 'two\nlines']);
    expect(cellsOf(table, 'note')).toEqual(['said "hi"', 'plain']);
  });

  it('reads CRLF line breaks and drops a UTF-8 byte-order mark', () => {
    const table = parseTable('\uFEFFa,b\r\n1,x\r\n2,"y\r\nz"\r\n', 'excel.csv');
    expect(table.columns.map((c) => c.name)).toEqual(['a', 'b']);
    expect(cellsOf(table, 'b')).toEqual(['x', 'y\r\nz']);
  });

  it('skips empty and blank lines, and rows of empty cells, anywhere', () => {
    const table = parseTable('\na,b\n1,2\n\n   \n,\n3,4\n\n\n', 'gaps.csv');
    expect(cellsOf(table, 'a')).toEqual([1, 3]);
  });

  it('numbers each row by the line it starts on, as an editor does', () => {
    const table = parseTable('\na,b\n1,"x\ny"\n\n2,z\n3,w', 'lines.csv');
    expect(Array.from(table.lines!)).toEqual([3, 6, 7]);
    expect(Array.from(parseTable('a,b\r\n1,2\r\n\r\n3,"4\r\n5"\r\n6,7', 'crlf.csv').lines!)).toEqual([2, 4, 6]);
  });

  it('names a column without a header "column N", so a trailing delimiter on every line does no harm', () => {
    const table = csv('a,b,', '1,x,', '2,y,');
    expect(table.columns.map((c) => [c.name, c.missing])).toEqual([
      ['a', 0],
      ['b', 0],
      ['column 3', 2],
    ]);
  });

  it('accepts extra cells at the end of a row when they are empty', () => {
    expect(cellsOf(csv('a,b', '1,2,,', '3,4'), 'b')).toEqual([2, 4]);
  });
});

describe('parseTable: malformed files, each error naming the file and line', () => {
  it('refuses ragged rows', () => {
    expect(errorOf(() => csv('a,b,c', '1,2,3', '4,5'))).toBe('data.csv line 3: 2 values, but the header (line 1) names 3 columns');
    expect(errorOf(() => csv('a,b', '1,2', '3,4', '5,6,7'))).toBe('data.csv line 4: 3 values, but the header (line 1) names 2 columns');
  });

  it('refuses a file without a header line', () => {
    expect(errorOf(() => csv('5.1,3.5,1.4,0.2', '4.9,3.0,1.4,0.2'))).toBe(
      'data.csv line 1: the first line holds numbers (5.1, 3.5, 1.4, …), not column names: add a header line naming each column',
    );
  });

  it('refuses a single column', () => {
    expect(errorOf(() => csv('a|b|c', '1|2|3'))).toBe(
      'data.csv line 1: found a single column ("a|b|c"): a table needs at least two, separated by commas, tabs or semicolons',
    );
  });

  it('refuses two columns of the same name', () => {
    expect(errorOf(() => csv('x,y,x', '1,2,3'))).toBe('data.csv line 1, column "x": columns 1 and 3 have the same name: give each column its own');
  });

  it('refuses an empty file and a header without rows', () => {
    expect(errorOf(() => parseTable('', 'empty.csv'))).toBe('empty.csv: the file is empty');
    expect(errorOf(() => parseTable('\n \n', 'blank.csv'))).toBe('blank.csv: the file is empty');
    expect(errorOf(() => csv('a,b'))).toBe('data.csv line 1: there are no rows below the header');
  });

  it('refuses a quoted value that never closes, and text after a closing quote', () => {
    expect(errorOf(() => csv('a,b', '1,2', '3,"open', '5,6'))).toBe(
      'data.csv line 3: a quoted value is never closed: every " that opens a value needs a " that closes it',
    );
    expect(errorOf(() => csv('a,b', '1,2', '"x"y,4'))).toMatch(/^data\.csv line 3: a quoted value is followed by more text/);
  });

  it('refuses binary data', () => {
    expect(errorOf(() => parseTable('\x89PNG\r\n\x1a\n\0\0\0\rIHDR', 'photo.png'))).toBe(
      'photo.png: this is not a text table (CSV or TSV): it holds binary data (a NUL at offset 8)',
    );
  });
});

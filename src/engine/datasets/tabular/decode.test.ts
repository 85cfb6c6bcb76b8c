import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkTableSize, decodeTableBytes } from './decode.ts';
import { MAX_TABLE_BYTES } from './table.ts';
import { errorOf } from './testTables.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeTableBytes', () => {
  it('reads UTF-8 and drops its byte-order mark', () => {
    expect(decodeTableBytes(utf8('\uFEFFname,city\nAnaïs,Zürich\n'), 'a.csv')).toBe('name,city\nAnaïs,Zürich\n');
  });

  it('reads UTF-16 with a byte-order mark (Excel’s "Unicode text")', () => {
    const text = 'name\tcity\nAnaïs\tZürich\n';
    const le = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) le[2 + 2 * i] = text.charCodeAt(i);
    expect(decodeTableBytes(le, 'a.txt')).toBe(text);
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8 (older Excel exports)', () => {
    // "café,1" with é as the single byte 0xE9
    expect(decodeTableBytes(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x2c, 0x31]), 'old.csv')).toBe('café,1');
  });

  it('refuses binary data: an image, a zip archive', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(errorOf(() => decodeTableBytes(png, 'photo.png'))).toBe('photo.png: this is not a text table (CSV or TSV): it holds binary data (a NUL at offset 8)');
    const zip = zipSync({ 'data.csv': utf8('a,b\n1,2\n') });
    expect(errorOf(() => decodeTableBytes(zip, 'data.zip'))).toMatch(/^data\.zip: this is not a text table \(CSV or TSV\): it holds binary data/);
  });

  it('refuses a file over the size limit before decoding it', () => {
    expect(errorOf(() => checkTableSize(50 * 1024 * 1024, 'huge.csv'))).toBe(
      'huge.csv: the file is 50.0 MB; Netloom reads tables of up to 32.0 MB (about 150,000 rows of 20 numbers): keep fewer rows or columns',
    );
    expect(() => checkTableSize(MAX_TABLE_BYTES, 'just.csv')).not.toThrow();
    // all zeros: it is the size, not the NUL bytes, that is reported
    expect(errorOf(() => decodeTableBytes(new Uint8Array(MAX_TABLE_BYTES + 1), 'huge.csv'))).toMatch(/^huge\.csv: the file is 32\.0 MB; Netloom reads tables of up to/);
  });
});

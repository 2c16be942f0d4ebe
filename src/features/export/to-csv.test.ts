import { csvCell, toCsv } from '@/features/export/to-csv';

describe('CSV', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(-27.8)).toBe('-27.8');
  });

  it('neutralises text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@cmd')).toBe("'@cmd");
  });

  it('writes a header row and CRLF line ends', () => {
    expect(toCsv({ name: 't', header: ['year', 'total (USD bn)'], rows: [[2023, 240.11]] })).toBe(
      'year,total (USD bn)\r\n2023,240.11\r\n',
    );
  });
});

import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { PassThrough } from 'node:stream';
import { BatchedText, csvRecord } from './csv-record';

// The options the CSV export used with csv-stringify: the hand-written encoder must give the same bytes.
const reference = (fields: Array<string | number>): string => stringify([fields], { record_delimiter: 'windows', quoted_match: /^[=+\-@]/ });

describe('csvRecord (RFC 4180 record, as csv-stringify writes it)', () => {
  it.each<[string, Array<string | number>]>([
    ['plain text and numbers', ['entry', 'Acme', 3600, 0, 'EUR']],
    ['quotes, commas and CRLF', ['Project, "quoted"', 'two\r\nlines', 'a "b" c']],
    ['formula-looking text and negative numbers', ['=cmd()', '+1', '-x', '@sum', -5, 'a=b']],
    ['empty fields', ['', '', 'x', '']],
    ['non-ASCII text', ['Müller – Café', '日本']],
  ])('%s', (_, fields) => {
    expect(csvRecord(fields)).toBe(reference(fields));
  });

  it('quotes a lone line feed or carriage return too (csv-stringify with CRLF records left them bare, breaking the record)', () => {
    const fields = ['two\nlines', 'cr\rhere', 'plain'];
    expect(csvRecord(fields)).toBe('"two\nlines","cr\rhere",plain\r\n');
    expect(parse(csvRecord(fields) + csvRecord(['next', 'row', 'x']))).toEqual([fields, ['next', 'row', 'x']]);
  });
});

describe('BatchedText', () => {
  it('writes nothing until a chunk is full, then everything in order on flush', async () => {
    const output = new PassThrough();
    const chunks: string[] = [];
    output.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
    const text = new BatchedText(output, 10);
    await text.add('abc');
    expect(chunks).toEqual([]);
    await text.add('defghijk');
    await text.add('l');
    await text.flush();
    await new Promise((resolve) => setImmediate(resolve));
    expect(chunks).toEqual(['abcdefghijk', 'l']);
  });
});

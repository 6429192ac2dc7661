import { invoiceFormatProblems, previewInvoiceNumber } from './invoice-number-preview';

describe('invoice number format', () => {
  const march2026 = { year: 2026, month: 3, sequence: 7 };

  it.each([
    ['INV-{YYYY}-{SEQ:4}', 'INV-2026-0007'],
    ['{YY}{MM}/{SEQ:3}', '2603/007'],
    ['R#{SEQ:1}', 'R#7'],
  ])('previews %s as %s', (format, expected) => {
    expect(invoiceFormatProblems(format)).toEqual([]);
    expect(previewInvoiceNumber(format, march2026)).toBe(expected);
  });

  it.each([
    ['INV-{YYYY}', 'Use exactly one {SEQ:n} token'],
    ['{SEQ:2}-{SEQ:2}', 'Use exactly one {SEQ:n} token'],
    ['INV-{SEQ:11}', '{SEQ:n} needs a width n from 1 to 10'],
    ['INV-{DD}-{SEQ:4}', 'Unknown token {DD}; use {YYYY}, {YY}, {MM} or {SEQ:n}'],
    ['INV {SEQ:4}', 'Literal text may only use letters, digits and - _ / . #'],
    ['', 'Required'],
  ])('explains what is wrong with %s', (format, problem) => {
    expect(invoiceFormatProblems(format)).toContain(problem);
    expect(previewInvoiceNumber(format, march2026)).toBe('');
  });

  it('shows a sequence wider than its width in full', () => {
    expect(previewInvoiceNumber('{SEQ:2}', { ...march2026, sequence: 1234 })).toBe('1234');
  });
});

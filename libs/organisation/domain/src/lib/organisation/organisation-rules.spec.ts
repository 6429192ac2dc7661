import { LocalDate } from '@billing/shared/kernel';
import {
  formatInvoiceNumber,
  invoiceNumberFormatProblems,
} from './invoice-number-format';
import { submissionDeadline } from './submission-deadline-rule';

describe('invoice number format', () => {
  it.each([
    [
      'INV-{YYYY}-{SEQ:4}',
      { year: 2026, month: 3, sequence: 1 },
      'INV-2026-0001',
    ],
    [
      'INV-{YYYY}-{SEQ:4}',
      { year: 2026, month: 3, sequence: 12345 },
      'INV-2026-12345',
    ], // wider than 4: never cut
    ['{YY}{MM}/{SEQ:3}', { year: 2026, month: 3, sequence: 7 }, '2603/007'],
    ['R{SEQ:1}', { year: 2026, month: 1, sequence: 42 }, 'R42'],
  ])('%s with %j renders %s', (format, values, expected) => {
    expect(invoiceNumberFormatProblems(format)).toEqual([]);
    expect(formatInvoiceNumber(format, values)).toBe(expected);
  });

  it.each([
    ['', 'must not be empty'],
    ['INV-{YYYY}', 'must contain exactly one {SEQ:n} token'],
    ['{SEQ:4}{SEQ:4}', 'must contain exactly one {SEQ:n} token'],
    [
      'INV-{DD}-{SEQ:4}',
      'unknown token {DD}; use {YYYY}, {YY}, {MM} or {SEQ:n}',
    ],
    ['INV-{SEQ:0}', '{SEQ:n} needs a width n from 1 to 10'],
    ['INV {SEQ:4}', 'literal text may only use letters, digits and - _ / . #'],
  ])('rejects %p: %s', (format, problem) => {
    expect(invoiceNumberFormatProblems(format)).toContain(problem);
  });
});

describe('submission deadline', () => {
  it('defaults to the 3rd working day of the next month', () => {
    // March 2026 -> April 2026: Wed 1, Thu 2, Fri 3
    expect(
      submissionDeadline(
        { kind: 'nth-working-day-of-next-month', n: 3 },
        { year: 2026, month: 3 },
      ),
    ).toBe('2026-04-03');
    // December 2025 -> January 2026 with 1 January a holiday: Fri 2, Mon 5, Tue 6
    const newYear = (date: LocalDate) => date === '2026-01-01';
    expect(
      submissionDeadline(
        { kind: 'nth-working-day-of-next-month', n: 3 },
        { year: 2025, month: 12 },
        newYear,
      ),
    ).toBe('2026-01-06');
  });

  it('can be a fixed day of the next month', () => {
    expect(
      submissionDeadline(
        { kind: 'nth-day-of-next-month', n: 5 },
        { year: 2026, month: 12 },
      ),
    ).toBe('2027-01-05');
  });
});

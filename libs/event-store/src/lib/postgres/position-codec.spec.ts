import { START, type Position } from '../port/types';
import { decodePosition, encodePosition } from './position-codec';

describe('PostgreSQL position codec', () => {
  it('round-trips the (transaction id, position) pair as decimal strings', () => {
    const position = encodePosition(
      '18446744073709551615',
      '9223372036854775807',
    );
    expect(position).toBe('18446744073709551615:9223372036854775807');
    expect(decodePosition(position)).toEqual({
      transactionId: '18446744073709551615',
      position: '9223372036854775807',
    });
  });

  it('reads START as before everything', () => {
    expect(decodePosition(START)).toEqual({
      transactionId: '0',
      position: '0',
    });
  });

  it('rejects tokens from other adapters', () => {
    expect(() => decodePosition('C:123/P:456' as Position)).toThrow(TypeError);
  });
});

import { userInitials } from './user-initials';

describe('userInitials', () => {
  it('takes the first and last name', () => {
    expect(userInitials('Ada King Lovelace', 'ada@example.com')).toBe('AL');
  });

  it('takes one letter for a single name', () => {
    expect(userInitials('  admin ', 'admin@example.com')).toBe('A');
  });

  it('falls back to the e-mail address', () => {
    expect(userInitials('', 'finance@example.com')).toBe('F');
  });
});

import * as bcrypt from 'bcryptjs';

const COST = 11;
/** Compared against when the e-mail is unknown, so both failures take about as long. */
const DUMMY_HASH = bcrypt.hashSync('no-such-account-dummy-password', COST);

export const hashPassword = (password: string): Promise<string> =>
  bcrypt.hash(password, COST);

export async function passwordMatches(
  password: string,
  hash: string | undefined,
): Promise<boolean> {
  const matches = await bcrypt.compare(password, hash ?? DUMMY_HASH);
  return matches && hash !== undefined;
}

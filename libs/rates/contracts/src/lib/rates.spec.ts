import { RATE_LEVEL_NAMES } from './rates';

describe('rate levels', () => {
  it('lists the six levels most specific first, as the precedence', () => {
    expect(RATE_LEVEL_NAMES).toEqual([
      'member-on-project',
      'task',
      'project',
      'client',
      'member',
      'organisation',
    ]);
  });
});

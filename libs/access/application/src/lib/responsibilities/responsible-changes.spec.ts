import { asId } from '@billing/shared/kernel';
import { responsiblesSetBy } from './responsible-changes';

const m = asId<'Member'>('00000000-0000-4000-8000-000000000001');

describe('responsiblesSetBy', () => {
  it('reads the responsibles a team, client or project event sets', () => {
    expect(
      responsiblesSetBy({
        type: 'team-responsibles-changed',
        data: { teamId: asId('t'), responsibleIds: [m] },
      }),
    ).toEqual({ kind: 'team', resourceId: 't', responsibleIds: [m] });
    expect(
      responsiblesSetBy({
        type: 'client-details-changed',
        data: { clientId: asId('c'), responsibleIds: [] },
      }),
    ).toEqual({ kind: 'client', resourceId: 'c', responsibleIds: [] });
    expect(
      responsiblesSetBy({
        type: 'project-responsibles-changed',
        data: { projectId: asId('p'), responsibleIds: [m] },
      }),
    ).toEqual({ kind: 'project', resourceId: 'p', responsibleIds: [m] });
  });

  it('leaves the responsibles alone when an event does not name them (renames, archiving)', () => {
    expect(
      responsiblesSetBy({
        type: 'client-details-changed',
        data: { clientId: asId('c'), name: 'New' },
      }),
    ).toBeUndefined();
    expect(
      responsiblesSetBy({ type: 'team-archived', data: { teamId: asId('t') } }),
    ).toBeUndefined();
    expect(
      responsiblesSetBy({
        type: 'team-renamed',
        data: { teamId: asId('t'), name: 'X' },
      }),
    ).toBeUndefined();
  });
});

import type { Principal } from '@billing/access/domain';
import {
  type RateBook,
  type RateBookCommand,
  type RateBookDecisionContext,
  rateBookDecider,
} from '@billing/rates/domain';
import { ValidationError } from '@billing/shared/kernel';
import type { OrganisationLookup } from '../shared/organisation-lookup';
import type { RateBookStore } from '../shared/rate-book-store';
import { SetRateCommand, SetRateHandler } from './set-rate';

/** The rate book in memory, decided by the real decider; remembers what each change was decided with. */
class MemoryRateBook {
  book: RateBook = rateBookDecider.initialState;
  revision: number | null = null;
  readonly decided: {
    command: RateBookCommand;
    context: RateBookDecisionContext;
  }[] = [];

  async execute(command: RateBookCommand, context: RateBookDecisionContext) {
    this.decided.push({ command, context });
    const events = rateBookDecider.decide(command, this.book, context);
    for (const event of events) {
      this.book = rateBookDecider.evolve(this.book, event);
      this.revision = (this.revision ?? -1) + 1;
    }
    return { events, revision: this.revision };
  }

  async load() {
    return { book: this.book, revision: this.revision };
  }
}

const ORG = '00000000-0000-4000-8000-000000000001';
const MEMBER = '00000000-0000-4000-8000-0000000000aa';
const PROJECT = '00000000-0000-4000-8000-0000000000bb';
const principal: Principal = {
  memberId: MEMBER,
  roles: ['finance'],
  responsibilities: { clientIds: [], projectIds: [], teamIds: [] },
};

function handler(clientCurrency: string | undefined) {
  const store = new MemoryRateBook();
  const organisation = {
    organisation: async () => ({
      organisationId: ORG,
      defaultCurrency: 'EUR',
      timeZone: 'Europe/Berlin',
      invoiceNumberFormat: '',
    }),
    currencyOfScope: async () => clientCurrency,
  } as unknown as OrganisationLookup;
  const clock = { now: () => new Date('2026-03-02T09:00:00Z') };
  return {
    store,
    handler: new SetRateHandler(
      organisation,
      store as unknown as RateBookStore,
      clock,
    ),
  };
}

describe('SetRateHandler', () => {
  it('sets a billable rate for its scope, decided with the client currency, and answers with the book', async () => {
    const { store, handler: setRate } = handler('USD');
    const view = await setRate.execute(
      new SetRateCommand(principal, {
        kind: 'billable',
        request: {
          scope: { level: 'project', projectId: PROJECT },
          rateMinorPerHour: 12000,
          currency: 'USD',
          validFrom: '2026-03-01',
        },
      }),
    );
    expect(store.decided[0]?.command).toMatchObject({
      type: 'set-billable-rate',
      actorId: MEMBER,
      data: {
        organisationId: ORG,
        scope: { level: 'project', projectId: PROJECT },
        effectiveFrom: '2026-03-01',
        replace: false,
        reason: null,
      },
    });
    expect(store.decided[0]?.context).toEqual({
      organisationCurrency: 'EUR',
      clientCurrency: 'USD',
    });
    expect(view.revision).toBe(0);
    expect(JSON.stringify(view)).toContain('"amountMinor":12000');
  });

  it("sets a member's cost rate, decided with the organisation currency only", async () => {
    const { store, handler: setRate } = handler('USD');
    const view = await setRate.execute(
      new SetRateCommand(principal, {
        kind: 'cost',
        request: {
          memberId: MEMBER,
          rateMinorPerHour: 6000,
          currency: 'EUR',
          validFrom: '2026-03-01',
          replace: true,
          reason: 'New contract',
        },
      }),
    );
    expect(store.decided[0]?.command).toMatchObject({
      type: 'set-cost-rate',
      data: {
        memberId: MEMBER,
        ratePerHour: { amountMinor: 6000, currency: 'EUR' },
        replace: true,
        reason: 'New contract',
      },
    });
    expect(store.decided[0]?.context).toEqual({ organisationCurrency: 'EUR' });
    expect(JSON.stringify(view)).toContain('"amountMinor":6000');
  });

  it("reports the decider's refusals under the API's field names", async () => {
    const { handler: setRate } = handler(undefined);
    const refused = setRate.execute(
      new SetRateCommand(principal, {
        kind: 'cost',
        request: {
          memberId: MEMBER,
          rateMinorPerHour: 6000,
          currency: 'USD',
          validFrom: '2026-03-01',
        },
      }),
    );
    await expect(refused).rejects.toBeInstanceOf(ValidationError);
    await expect(refused).rejects.toMatchObject({
      fields: [expect.objectContaining({ path: 'currency' })],
    });
  });
});

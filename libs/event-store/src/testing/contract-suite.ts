/// <reference types="jest" />
import type { EventStore } from '../lib/port/types';
import { describeAppendContract } from './contract/append.contract';
import { describeConcurrencyContract } from './contract/concurrency.contract';
import {
  contractUpcasters,
  type ContractContext,
  type ContractStoreFactory,
  type ContractStoreHandle,
} from './contract/contract-fixtures';
import { describeMetadataAndDeletionContract } from './contract/metadata-deletion.contract';
import { describeReadContract } from './contract/read.contract';
import { describeSubscriptionContract } from './contract/subscription.contract';
import { describeUpcastingAndHashContract } from './contract/upcasting-and-hash.contract';

export {
  contractUpcasters,
  UPCAST_PROBE_TYPE,
  type ContractStoreFactory,
  type ContractStoreHandle,
  type ContractStoreOptions,
} from './contract/contract-fixtures';

/**
 * The behaviour every EventStore adapter must show. Uses the port only: no SQL, no assumption that positions are
 * dense or comparable. Stream names carry a per-run random suffix, so several runs can share one database.
 * The factory must pass `options.upcasters` to the store it creates.
 */
export function describeEventStoreContract(
  adapterName: string,
  factory: ContractStoreFactory,
): void {
  describe(`EventStore contract: ${adapterName}`, () => {
    let handle: ContractStoreHandle | undefined;
    const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
    let counter = 0;

    const ctx: ContractContext = {
      store(): EventStore {
        if (!handle) {
          throw new Error(
            'the contract store was not created (see the beforeAll failure)',
          );
        }
        return handle.store;
      },
      streamName: (category) => `contract_${category}-${run}-${(counter += 1)}`,
      uniquePrefix: (category) =>
        `contract_${category}-${run}-${(counter += 1)}-`,
    };

    beforeAll(async () => {
      handle = await factory({ upcasters: contractUpcasters });
    });

    afterAll(async () => {
      await handle?.dispose();
    });

    describeAppendContract(ctx);
    describeReadContract(ctx);
    describeSubscriptionContract(ctx);
    describeMetadataAndDeletionContract(ctx);
    describeUpcastingAndHashContract(ctx);
    describeConcurrencyContract(ctx);
  });
}

import { OrganisationId } from '@billing/shared/kernel';
import { OrganisationEvent, OrganisationSettings } from './organisation.events';

export type OrganisationState =
  | { status: 'not-set-up' }
  | {
      status: 'set-up';
      organisationId: OrganisationId;
      settings: OrganisationSettings;
    };

export const initialOrganisationState: OrganisationState = {
  status: 'not-set-up',
};

export function evolveOrganisation(
  state: OrganisationState,
  event: OrganisationEvent,
): OrganisationState {
  switch (event.type) {
    case 'organisation-set-up': {
      const { organisationId, ...settings } = event.data;
      return { status: 'set-up', organisationId, settings };
    }
    case 'organisation-settings-changed':
      return state.status === 'set-up'
        ? { ...state, settings: { ...state.settings, ...event.data.changes } }
        : state;
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}

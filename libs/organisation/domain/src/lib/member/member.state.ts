import { MemberId } from '@billing/shared/kernel';
import { MemberRole } from './member-role';
import { MemberEvent } from './member.events';

export type MemberState =
  | { status: 'unregistered' }
  | {
      status: 'active' | 'deactivated';
      memberId: MemberId;
      name: string;
      email: string;
      roles: MemberRole[];
    };

export const initialMemberState: MemberState = { status: 'unregistered' };

export function evolveMember(
  state: MemberState,
  event: MemberEvent,
): MemberState {
  switch (event.type) {
    case 'member-registered':
      return { status: 'active', ...event.data, roles: [...event.data.roles] };
    case 'member-details-changed':
      return state.status === 'unregistered'
        ? state
        : {
            ...state,
            name: event.data.name ?? state.name,
            email: event.data.email ?? state.email,
          };
    case 'member-roles-changed':
      return state.status === 'unregistered'
        ? state
        : { ...state, roles: [...event.data.roles] };
    case 'member-deactivated':
      return state.status === 'unregistered'
        ? state
        : { ...state, status: 'deactivated' };
    case 'member-reactivated':
      return state.status === 'unregistered'
        ? state
        : { ...state, status: 'active' };
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}

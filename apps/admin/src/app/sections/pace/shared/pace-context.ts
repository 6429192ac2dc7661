import { computed, inject, Injectable } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MAX_PAGE_SIZE, OrganisationSettingsView, TeamView } from '@billing/organisation/contracts';
import { AuthService } from '../../../core/auth/auth.service';
import { SetupApi } from '../../setup/shared/setup-api';
import { dayInZone } from '../../time/shared/local-time';

/** Roles whose Pace reach is the whole organisation (the server's `pace.read` scope "all"). */
const ORGANISATION_WIDE = ['admin', 'finance', 'auditor'];

/**
 * What the Pace screens share: the organisation's zone (for "today"), the teams the signed-in person may look at,
 * and what they may change. Provided by the Pace routes.
 */
@Injectable()
export class PaceContext {
  private readonly api = inject(SetupApi);
  private readonly auth = inject(AuthService);
  private readonly settings = rxResource({ stream: () => this.api.get<OrganisationSettingsView>('/organisation') });
  private readonly teamList = rxResource({ stream: () => this.api.list<TeamView>('/teams', { status: 'active', pageSize: MAX_PAGE_SIZE }) });

  readonly timeZone = computed(() => (this.settings.hasValue() ? this.settings.value().timeZone : null));
  readonly memberId = computed(() => this.auth.user()?.memberId ?? null);
  readonly organisationWide = computed(() => this.auth.roles().some((role) => ORGANISATION_WIDE.includes(role)));
  /** Teams whose Pace the person may open: every active team organisation-wide, else those they are responsible for. */
  readonly teams = computed(() => {
    const teams = this.teamList.hasValue() ? this.teamList.value().items : [];
    const memberId = this.memberId();
    const visible = this.organisationWide() ? teams : teams.filter((team) => memberId !== null && team.responsibleIds.includes(memberId));
    return [...visible].sort((a, b) => a.name.localeCompare(b.name));
  });
  /** Responsibles, finance and admins remind; members only see their own figures. */
  readonly canRemind = computed(() => this.organisationWide() || this.teams().length > 0);
  readonly canListMembers = computed(() => this.auth.can('members.read'));
  readonly canManageMembers = computed(() => this.auth.can('members.manage'));
  readonly canManageHolidays = computed(() => this.auth.can('organisation.manage'));

  /** Today in the organisation's zone; null until the zone is known. */
  today(now = Date.now()): string | null {
    const zone = this.timeZone();
    return zone ? dayInZone(now, zone) : null;
  }
}

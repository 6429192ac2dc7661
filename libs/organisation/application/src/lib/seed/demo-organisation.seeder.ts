import { randomUUID } from 'node:crypto';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { CommandBus, type Command } from '@nestjs/cqrs';
import { SEED_ACTOR } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import { RequestContext, newIdFor, withoutReadYourWrites } from '@billing/shared/event-sourcing';
import { AppConfig } from '@billing/shared/nest';
import { AddMilestoneCommand } from '../milestones/milestone.commands';
import { CreateMemberCommand, MoveMemberCommand } from '../members/member.commands';
import { SetUpOrganisationCommand } from '../organisation-settings/organisation-settings.commands';
import { CreateClientCommand } from '../clients/client.commands';
import { CreateProjectCommand } from '../projects/project.commands';
import { AddTaskCommand } from '../tasks/task.commands';
import { CreateTeamCommand } from '../teams/team.commands';
import { StreamLookups } from '../shared/write/stream-lookups';
import type { WriteResult } from '../shared/write/write-result';
import { DEMO_CLIENTS, DEMO_MEMBERS, DEMO_PASSWORD, DEMO_PROJECTS, DEMO_SETTINGS, DEMO_TEAMS } from './demo-organisation';

const SEED_PRINCIPAL: Principal = {
  memberId: SEED_ACTOR,
  roles: ['admin'],
  responsibilities: { clientIds: [], projectIds: [], teamIds: [] },
};
const SEED_VERSION = 'demo-seed-v1';
const MEMBERSHIPS_FROM = '2026-01-01';

/**
 * Creates the demo organisation through the real command handlers when the database has no organisation yet.
 * Every step runs under its own idempotency key, so ids are deterministic and a start that died half-way
 * completes the rest on the next start without appending anything twice.
 */
@Injectable()
export class DemoOrganisationSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoOrganisationSeeder.name);

  constructor(
    private readonly commands: CommandBus,
    private readonly lookups: StreamLookups,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.demoData === 'off') return;
    const seeded = await this.seedIfEmpty();
    if (seeded) this.logger.log('Seeded the demo organisation');
    process.stdout.write(
      `\n  Demo logins (password ${DEMO_PASSWORD}): ${DEMO_MEMBERS.filter((member) => member.login !== false).map((member) => `${member.email} (${member.roles.join(', ')})`).join(', ')}\n\n`,
    );
  }

  /** Seeds unless an organisation exists that the seed did not finish; true when it ran. */
  async seedIfEmpty(): Promise<boolean> {
    const organisation = await this.lookups.organisation();
    if (organisation.status === 'set-up' && (await this.completed())) return false;
    await withoutReadYourWrites(() => this.seed());
    return true;
  }

  /** The last step of the seed is the last project's stream. */
  private async completed(): Promise<boolean> {
    const last = DEMO_PROJECTS[DEMO_PROJECTS.length - 1];
    if (last === undefined) return true;
    const lastProjectId = this.idOf(`project:${last.label}`, 'project');
    return (await this.lookups.project(lastProjectId)).status !== 'none';
  }

  private async seed(): Promise<void> {
    await this.step('organisation', new SetUpOrganisationCommand(SEED_ACTOR, DEMO_SETTINGS));
    const memberIds = new Map<string, string>();
    for (const member of DEMO_MEMBERS) {
      const { id } = await this.step(`member:${member.label}`, 
        new CreateMemberCommand(SEED_PRINCIPAL, {
          name: member.name,
          email: member.email,
          roles: member.roles,
          ...(member.login === false ? {} : { initialPassword: DEMO_PASSWORD }),
        }),
      );
      memberIds.set(member.label, id);
    }
    const ids = (labels: readonly string[]) => labels.map((label) => memberIds.get(label) ?? '');
    const teamIds = new Map<string, string>();
    for (const team of DEMO_TEAMS) {
      const { id } = await this.step(`team:${team.label}`, 
        new CreateTeamCommand(SEED_PRINCIPAL, { name: team.name, responsibleIds: ids(team.responsibleLabels) }),
      );
      teamIds.set(team.label, id);
    }
    for (const member of DEMO_MEMBERS) {
      const teamId = member.team === undefined ? undefined : teamIds.get(member.team);
      const memberId = memberIds.get(member.label);
      if (teamId === undefined || memberId === undefined) continue;
      await this.step(`move:${member.label}`, new MoveMemberCommand(SEED_PRINCIPAL, memberId, { teamId, from: MEMBERSHIPS_FROM }));
    }
    const clientIds = new Map<string, string>();
    for (const { label, responsibleLabels, ...client } of DEMO_CLIENTS) {
      const { id } = await this.step(`client:${label}`, 
        new CreateClientCommand(SEED_PRINCIPAL, { ...client, responsibleIds: ids(responsibleLabels) }),
      );
      clientIds.set(label, id);
    }
    for (const demo of DEMO_PROJECTS) {
      const clientId = clientIds.get(demo.clientLabel) ?? '';
      const { id: projectId } = await this.step(`project:${demo.label}`, 
        new CreateProjectCommand(SEED_PRINCIPAL, {
          ...demo.project,
          clientId,
          responsibleIds: ids(['responsible']),
          memberIds: ids(demo.memberLabels),
        }),
      );
      for (const [index, task] of demo.tasks.entries()) {
        await this.step(`task:${demo.label}:${index}`, new AddTaskCommand(SEED_PRINCIPAL, projectId, task));
      }
      for (const [index, milestone] of demo.milestones.entries()) {
        await this.step(`milestone:${demo.label}:${index}`, new AddMilestoneCommand(SEED_PRINCIPAL, projectId, milestone));
      }
    }
  }

  /** The id `newIdFor(kind)` derives inside the step `label`. */
  private idOf(label: string, kind: string): string {
    return RequestContext.run(this.contextOf(label), () => newIdFor(kind));
  }

  private step(label: string, command: Command<WriteResult>): Promise<WriteResult> {
    return RequestContext.run(this.contextOf(label), () => this.commands.execute(command));
  }

  private contextOf(label: string) {
    return { correlationId: randomUUID(), idempotencyKey: `${SEED_VERSION}|${label}` };
  }
}

import { Injectable } from '@nestjs/common';
import { AggregateRepository } from '@billing/shared/event-sourcing';
import {
  clientDecider,
  memberDecider,
  organisationDecider,
  organisationStreams,
  projectDecider,
  teamDecider,
  type ClientState,
  type MemberState,
  type OrganisationState,
  type ProjectState,
  type TeamState,
} from '@billing/organisation/domain';
import { ORGANISATION_ID } from '../../organisation-settings/organisation-settings.commands';
import { organisationCodec } from './organisation-codec';

/**
 * Decision contexts read from the streams themselves, not from read models: a project created right after its
 * client sees the client even while projections lag (and the seed can run before they start).
 */
@Injectable()
export class StreamLookups {
  constructor(private readonly repository: AggregateRepository) {}

  async client(clientId: string): Promise<ClientState> {
    return (await this.repository.load(organisationStreams.client(clientId), clientDecider, organisationCodec())).state;
  }

  async team(teamId: string): Promise<TeamState> {
    return (await this.repository.load(organisationStreams.team(teamId), teamDecider, organisationCodec())).state;
  }

  async member(memberId: string): Promise<MemberState> {
    return (await this.repository.load(organisationStreams.member(memberId), memberDecider, organisationCodec())).state;
  }

  async project(projectId: string): Promise<ProjectState> {
    return (await this.repository.load(organisationStreams.project(projectId), projectDecider, organisationCodec())).state;
  }

  async organisation(): Promise<OrganisationState> {
    return (await this.repository.load(organisationStreams.organisation(ORGANISATION_ID), organisationDecider, organisationCodec())).state;
  }
}

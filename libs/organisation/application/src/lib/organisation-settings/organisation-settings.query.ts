import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { OrganisationSettingsView } from '@billing/organisation/contracts';
import { NotFoundError } from '@billing/shared/kernel';
import { ORGANISATION_ID } from './organisation-settings.commands';
import { OrganisationSettingsRow } from './organisation-settings.entity';

export class GetOrganisationSettingsQuery extends Query<OrganisationSettingsView> {}

@QueryHandler(GetOrganisationSettingsQuery)
export class GetOrganisationSettingsHandler implements IQueryHandler<GetOrganisationSettingsQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(): Promise<OrganisationSettingsView> {
    const row = await this.dataSource.getRepository(OrganisationSettingsRow).findOneBy({ organisationId: ORGANISATION_ID });
    if (row === null) throw new NotFoundError('Organisation', ORGANISATION_ID);
    const { organisationId, ...settings } = row;
    return { id: organisationId, ...settings };
  }
}

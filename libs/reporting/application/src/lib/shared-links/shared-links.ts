import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AccessPolicy, PrincipalResolver } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import {
  type CreatedSharedLink,
  MAX_SHARED_LINK_DAYS,
  type SharedLinkList,
  type SharedLinkView,
  type SharedReportView,
} from '@billing/reporting/contracts';
import { newIdFor } from '@billing/shared/event-sourcing';
import {
  type Clock,
  DomainError,
  NotFoundError,
  ValidationError,
} from '@billing/shared/kernel';
import { CLOCK } from '@billing/shared/nest';
import { IsNull, type Repository } from 'typeorm';
import { SavedReports } from '../saved-reports/saved-reports';
import { LinkTokens } from './link-tokens';
import { SharedLinkRow } from './shared-link.row';

/** The link exists and is authentic but its time is over (410). */
export class SharedLinkExpiredError extends DomainError {
  readonly code = 'SHARED_LINK_EXPIRED';
  constructor() {
    super('This shared report link has expired');
  }
}

const DAY_MS = 86_400_000;
const SHARED_PATH = '/api/v1/shared-reports/';

function viewOf(row: SharedLinkRow, now: Date): SharedLinkView {
  return {
    id: row.id,
    savedReportId: row.savedReportId,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    active: row.revokedAt === null && row.expiresAt.getTime() > now.getTime(),
  };
}

/** Signed, expiring, revocable links to saved reports, opened with the sharer's scope as it is at that moment. */
@Injectable()
export class SharedLinks {
  constructor(
    @InjectRepository(SharedLinkRow)
    private readonly rows: Repository<SharedLinkRow>,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly tokens: LinkTokens,
    private readonly savedReports: SavedReports,
    private readonly principals: PrincipalResolver,
    private readonly policy: AccessPolicy,
  ) {}

  async create(
    principal: Principal,
    savedReportId: string,
    expiresAtText: string,
  ): Promise<CreatedSharedLink> {
    await this.savedReports.owned(principal, savedReportId);
    const now = this.clock.now();
    // Whole seconds: the token carries the expiry as Unix seconds.
    const expiresAt = new Date(
      Math.floor(Date.parse(expiresAtText) / 1000) * 1000,
    );
    if (expiresAt.getTime() <= now.getTime())
      throw ValidationError.single('expiresAt', 'must be in the future');
    if (expiresAt.getTime() > now.getTime() + MAX_SHARED_LINK_DAYS * DAY_MS) {
      throw ValidationError.single(
        'expiresAt',
        `must be at most ${MAX_SHARED_LINK_DAYS} days ahead`,
      );
    }
    const row = Object.assign(new SharedLinkRow(), {
      id: newIdFor('shared-report-link'),
      savedReportId,
      createdBy: principal.memberId,
      createdAt: now,
      expiresAt,
      revokedAt: null,
      revokedBy: null,
    });
    await this.rows
      .createQueryBuilder()
      .insert()
      .values(row)
      .orIgnore()
      .execute();
    const stored = (await this.rows.findOneBy({ id: row.id })) ?? row;
    const token = this.tokens.sign({
      linkId: stored.id,
      expiresAt: Math.floor(stored.expiresAt.getTime() / 1000),
    });
    return { ...viewOf(stored, now), token, path: `${SHARED_PATH}${token}` };
  }

  async list(
    principal: Principal,
    savedReportId: string,
  ): Promise<SharedLinkList> {
    await this.savedReports.owned(principal, savedReportId);
    const rows = await this.rows.find({
      where: { savedReportId },
      order: { createdAt: 'DESC', id: 'ASC' },
    });
    const now = this.clock.now();
    return { items: rows.map((row) => viewOf(row, now)) };
  }

  /** Takes effect at once: the next open of the link finds it revoked. Revoking twice is a no-op. */
  async revoke(
    principal: Principal,
    savedReportId: string,
    linkId: string,
  ): Promise<void> {
    await this.savedReports.owned(principal, savedReportId);
    const row = await this.rows.findOneBy({ id: linkId, savedReportId });
    if (row === null) throw new NotFoundError('SharedLink', linkId);
    await this.rows.update(
      { id: linkId, revokedAt: IsNull() },
      { revokedAt: this.clock.now(), revokedBy: principal.memberId },
    );
  }

  /**
   * Opens a link without login. Unknown, tampered or revoked links, deleted reports and sharers who lost access all
   * answer 404 alike (nothing about the report leaks); an authentic link past its expiry answers 410.
   */
  async open(token: string): Promise<SharedReportView> {
    const claims = this.tokens.verify(token);
    const gone = () => new NotFoundError('SharedReport', 'link');
    if (claims === undefined) throw gone();
    const row = await this.rows.findOneBy({ id: claims.linkId });
    if (
      row === null ||
      row.revokedAt !== null ||
      Math.floor(row.expiresAt.getTime() / 1000) !== claims.expiresAt
    )
      throw gone();
    if (row.expiresAt.getTime() <= this.clock.now().getTime())
      throw new SharedLinkExpiredError();
    const saved = await this.savedReports.find(row.savedReportId);
    if (saved === null || saved.ownerId !== row.createdBy) throw gone();
    const sharer = await this.principals.forMember(row.createdBy);
    if (
      sharer === undefined ||
      !this.policy.allows(sharer, 'reports.share') ||
      !this.policy.allows(sharer, 'reports.read')
    )
      throw gone();
    const run = await this.savedReports.runRow(
      saved,
      this.policy.queryScope(sharer, 'reports.read'),
    );
    return { ...run, expiresAt: row.expiresAt.toISOString() };
  }
}

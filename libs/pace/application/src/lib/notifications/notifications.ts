import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuthenticatedOnly, CurrentPrincipal } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type { NotificationKind, NotificationListView, NotificationView } from '@billing/pace/contracts';
import { NotFoundError } from '@billing/shared/kernel';
import { UuidParamPipe } from '../shared/http';

interface NotificationRow {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  data: Record<string, unknown>;
  created_at: Date;
  read_at: Date | null;
}

const view = (row: NotificationRow): NotificationView => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  body: row.body,
  data: row.data,
  createdAt: row.created_at.toISOString(),
  readAt: row.read_at?.toISOString() ?? null,
});

/** The caller's own in-app notifications (written by the worker's jobs). */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @AuthenticatedOnly()
  @ApiOkResponse({ description: 'Your latest 100 notifications, newest first, and how many are unread' })
  async list(@CurrentPrincipal() principal: Principal): Promise<NotificationListView> {
    const rows: NotificationRow[] = await this.dataSource.query(
      'select id, kind, title, body, data, created_at, read_at from notifications where recipient_id = $1 order by created_at desc, id limit 100',
      [principal.memberId],
    );
    const unread: { count: string }[] = await this.dataSource.query('select count(*) as count from notifications where recipient_id = $1 and read_at is null', [
      principal.memberId,
    ]);
    return { items: rows.map(view), unread: Number(unread[0]?.count ?? 0) };
  }

  @Post(':id/read')
  @HttpCode(200)
  @AuthenticatedOnly()
  @ApiOkResponse({ description: 'Marked read (marking twice keeps the first time)' })
  async read(@CurrentPrincipal() principal: Principal, @Param('id', UuidParamPipe) id: string): Promise<NotificationView> {
    await this.dataSource.query('update notifications set read_at = coalesce(read_at, now()) where id = $1 and recipient_id = $2', [id, principal.memberId]);
    const rows: NotificationRow[] = await this.dataSource.query(
      'select id, kind, title, body, data, created_at, read_at from notifications where id = $1 and recipient_id = $2',
      [id, principal.memberId],
    );
    const row = rows[0];
    if (row === undefined) throw new NotFoundError('notification', id);
    return view(row);
  }
}

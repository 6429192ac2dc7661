import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { createTransport, type Transporter } from 'nodemailer';
import { randomUUID } from 'node:crypto';
import type { NotificationKind, PaceWebhookPayload } from '@billing/pace/contracts';
import type { Clock } from '@billing/shared/kernel';
import { AppConfig, CLOCK } from '@billing/shared/nest';
import { WEBHOOK_DELIVERY_HEADER, WEBHOOK_SIGNATURE_HEADER, signWebhookBody } from './webhook-signature';

export interface OutgoingNotification {
  /** Same for every attempt of one notification: `reminder:<member>:<date>`. */
  key: string;
  recipientId: string;
  kind: NotificationKind;
  title: string;
  body: string;
  data: Record<string, unknown>;
}

const WEBHOOK_TIMEOUT_MS = 10_000;

/**
 * Delivers a notification in-app, by e-mail (SMTP_URL) and by webhook (NOTIFICATION_WEBHOOK_URL). Each channel is
 * recorded in `notification_deliveries` once it succeeded, so a retried job sends only what had not gone out yet; a
 * failing channel throws and the job is retried with backoff.
 */
@Injectable()
export class NotificationChannels implements OnApplicationShutdown {
  private readonly logger = new Logger(NotificationChannels.name);
  private mailer: Transporter | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async deliver(notification: OutgoingNotification): Promise<string[]> {
    const channels: string[] = [];
    await this.once(notification.key, 'in-app', () => this.inApp(notification));
    channels.push('in-app');
    if (this.config.notifications.smtpUrl) {
      await this.once(notification.key, 'email', () => this.email(notification));
      channels.push('email');
    }
    if (this.config.notifications.webhook) {
      await this.once(notification.key, 'webhook', () => this.webhook(notification));
      channels.push('webhook');
    }
    return channels;
  }

  onApplicationShutdown(): void {
    this.mailer?.close();
  }

  private async once(key: string, channel: string, send: () => Promise<void>): Promise<void> {
    const done: unknown[] = await this.dataSource.query('select 1 from notification_deliveries where dedupe_key = $1 and channel = $2', [key, channel]);
    if (done.length > 0) return;
    await send();
    await this.dataSource.query(
      'insert into notification_deliveries (dedupe_key, channel, delivered_at) values ($1, $2, $3) on conflict do nothing',
      [key, channel, this.clock.now()],
    );
  }

  private async inApp(notification: OutgoingNotification): Promise<void> {
    await this.dataSource.query(
      `insert into notifications (id, recipient_id, kind, dedupe_key, title, body, data, created_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict (dedupe_key) do nothing`,
      [randomUUID(), notification.recipientId, notification.kind, notification.key, notification.title, notification.body, notification.data, this.clock.now()],
    );
  }

  private async email(notification: OutgoingNotification): Promise<void> {
    const rows: { email: string }[] = await this.dataSource.query('select email from pace_members where member_id = $1', [notification.recipientId]);
    const to = rows[0]?.email;
    if (!to) {
      this.logger.warn(`no e-mail address for member ${notification.recipientId}; e-mail skipped`);
      return;
    }
    this.mailer ??= createTransport(this.config.notifications.smtpUrl);
    await this.mailer.sendMail({
      from: 'Pace <pace@billing.invalid>',
      to,
      subject: notification.title,
      text: notification.body,
      headers: { 'X-Pace-Notification': notification.key },
    });
  }

  private async webhook(notification: OutgoingNotification): Promise<void> {
    const webhook = this.config.notifications.webhook;
    if (!webhook) return;
    const payload: PaceWebhookPayload = {
      id: notification.key,
      kind: notification.kind,
      sentAt: this.clock.now().toISOString(),
      data: { recipientId: notification.recipientId, title: notification.title, body: notification.body, ...notification.data },
    };
    const body = JSON.stringify(payload);
    const response = await fetch(webhook.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [WEBHOOK_SIGNATURE_HEADER]: signWebhookBody(body, webhook.secret),
        [WEBHOOK_DELIVERY_HEADER]: notification.key,
      },
      body,
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    });
    if (!response.ok) throw new Error(`webhook answered ${response.status}`);
  }
}

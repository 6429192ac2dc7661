import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { AUDIT_ENTITY_TYPES, AuditEntityType, AuditLogQuery } from '@billing/audit/contracts';
import { AUDIT_LOG_EXPORT_FORMATS, type AuditLogExportDefinition } from '@billing/exports/contracts';
import { ExportButton } from '../../reports/exports/export-button';
import { classifyApiError } from '../../setup/shared/api-error';
import { AuditApi } from '../audit-api';
import { ENTITY_TYPE_LABELS, eventTypeLabel, instantLabel, localInputToInstant } from '../audit-text';
import { createMemberNames } from '../member-names';

const PAGE_SIZE = 50;

/** The global audit log: filters on actor, event type, entity and recorded time; keyset pages, newest first. */
@Component({
  selector: 'app-audit-log-page',
  imports: [ReactiveFormsModule, RouterLink, ExportButton, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, MatSelectModule, MatTableModule],
  templateUrl: './audit-log-page.html',
  styleUrl: '../audit-shared.scss',
  host: { class: 'list-page' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditLogPage {
  private readonly api = inject(AuditApi);
  protected readonly members = createMemberNames();
  protected readonly entityTypes = AUDIT_ENTITY_TYPES;
  protected readonly entityTypeLabels = ENTITY_TYPE_LABELS;
  protected readonly filters = inject(FormBuilder).nonNullable.group({
    actor: '',
    eventType: '',
    entityType: '' as AuditEntityType | '',
    entityId: '',
    from: '',
    to: '',
  });

  private readonly query = signal<AuditLogQuery>({ limit: PAGE_SIZE });
  /** Cursors of the pages before the current one, to go back. */
  private readonly previous = signal<Array<string | undefined>>([]);
  private readonly cursor = signal<string | undefined>(undefined);
  private readonly page = rxResource({
    params: () => ({ ...this.query(), cursor: this.cursor() }),
    stream: ({ params }) => this.api.events(params),
  });

  protected readonly items = computed(() => (this.page.hasValue() ? this.page.value().items : []));
  protected readonly nextCursor = computed(() => (this.page.hasValue() ? this.page.value().nextCursor : null));
  protected readonly hasPrevious = computed(() => this.previous().length > 0);
  protected readonly loading = this.page.isLoading;
  protected readonly failure = computed(() => (this.page.status() === 'error' ? classifyApiError(this.page.error()).message : null));
  /** The list's filters without paging, as an audit-log export (CSV or JSON, through the export queue). */
  protected readonly exportDefinition = computed<AuditLogExportDefinition>(() => {
    const paging = new Set(['limit', 'cursor']);
    const filters = Object.entries(this.query()).filter(([name, value]) => !paging.has(name) && value !== undefined);
    return { kind: 'audit-log', filters: Object.fromEntries(filters) };
  });
  protected readonly exportFormats = AUDIT_LOG_EXPORT_FORMATS;
  protected readonly columns = ['recordedAt', 'event', 'entity', 'actor', 'reason'];
  protected readonly instant = instantLabel;
  protected readonly eventType = eventTypeLabel;

  protected entityLabel(type: AuditEntityType): string {
    return this.entityTypeLabels[type];
  }

  protected search(): void {
    const value = this.filters.getRawValue();
    const eventTypes = value.eventType.split(',').map((type) => type.trim()).filter((type) => type !== '');
    this.query.set({
      limit: PAGE_SIZE,
      actor: value.actor || undefined,
      eventType: eventTypes.length > 0 ? eventTypes : undefined,
      entityType: value.entityType || undefined,
      entityId: value.entityId.trim() || undefined,
      from: localInputToInstant(value.from),
      to: localInputToInstant(value.to),
    });
    this.previous.set([]);
    this.cursor.set(undefined);
  }

  protected reset(): void {
    this.filters.reset();
    this.search();
  }

  protected next(): void {
    const next = this.nextCursor();
    if (next === null) return;
    this.previous.update((stack) => [...stack, this.cursor()]);
    this.cursor.set(next);
  }

  protected back(): void {
    const stack = this.previous();
    if (stack.length === 0) return;
    this.cursor.set(stack[stack.length - 1]);
    this.previous.set(stack.slice(0, -1));
  }
}

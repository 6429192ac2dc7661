import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router } from '@angular/router';
import { AUDIT_ENTITY_TYPES, AuditEntityType } from '@billing/audit/contracts';
import { of } from 'rxjs';
import { classifyApiError } from '../../setup/shared/api-error';
import { AuditApi } from '../audit-api';
import { ENTITY_TYPE_LABELS, eventTypeLabel, instantLabel, valueLabel } from '../audit-text';
import { createMemberNames } from '../member-names';

/** One entity's stream from the event store: every event with actor, times, reason and a before/after per field. */
@Component({
  selector: 'app-entity-history-page',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, MatSelectModule],
  templateUrl: './entity-history-page.html',
  styleUrls: ['../audit-shared.scss', './entity-history-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EntityHistoryPage {
  private readonly api = inject(AuditApi);
  private readonly router = inject(Router);
  protected readonly members = createMemberNames();
  protected readonly entityTypes = AUDIT_ENTITY_TYPES;
  protected readonly entityTypeLabels = ENTITY_TYPE_LABELS;

  /** From the route, when an entity is chosen. */
  readonly entityType = input<AuditEntityType | undefined>(undefined);
  readonly entityId = input<string | undefined>(undefined);

  protected readonly lookup = inject(FormBuilder).nonNullable.group({
    entityType: ['time-entry' as AuditEntityType, Validators.required],
    entityId: ['', Validators.required],
  });

  private readonly history = rxResource({
    params: () => ({ entityType: this.entityType(), entityId: this.entityId() }),
    stream: ({ params }) => (params.entityType && params.entityId ? this.api.history(params.entityType, params.entityId) : of(null)),
  });

  protected readonly view = computed(() => (this.history.hasValue() ? this.history.value() : null));
  protected readonly events = computed(() => [...(this.view()?.events ?? [])].reverse());
  protected readonly loading = this.history.isLoading;
  protected readonly failure = computed(() => (this.history.status() === 'error' ? classifyApiError(this.history.error()).message : null));
  protected readonly instant = instantLabel;
  protected readonly value = valueLabel;
  protected readonly eventType = eventTypeLabel;

  constructor() {
    effect(() => {
      const type = this.entityType();
      const id = this.entityId();
      if (type && id) this.lookup.setValue({ entityType: type, entityId: id }, { emitEvent: false });
    });
  }

  protected show(): void {
    if (this.lookup.invalid) return;
    const { entityType, entityId } = this.lookup.getRawValue();
    void this.router.navigate(['/audit/history', entityType, entityId.trim()]);
  }
}

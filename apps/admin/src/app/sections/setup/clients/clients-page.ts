import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { ClientStatus, ClientView } from '@billing/organisation/contracts';
import { AuthService } from '../../../core/auth/auth.service';
import { createListState, PAGE_SIZES } from '../shared/list-state';
import { createMemberOptions } from '../shared/member-options';
import { createOrganisationDefaults } from '../shared/organisation-defaults';
import { basisPointsToPercentText } from '../shared/percent-text';
import { createRowActions } from '../shared/row-actions';
import { canWrite } from '../setup-access';
import { ClientDialog, ClientDialogData } from './client-dialog';

@Component({
  selector: 'app-clients-page',
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatMenuModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
  ],
  templateUrl: './clients-page.html',
  host: { class: 'list-page' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientsPage {
  private readonly dialog = inject(MatDialog);
  private readonly defaults = createOrganisationDefaults();

  protected readonly canWrite = canWrite(inject(AuthService), 'clients');
  protected readonly status = signal<ClientStatus | ''>('active');
  protected readonly list = createListState<ClientView>(
    () => '/clients',
    () => ({ status: this.status() }),
  );
  protected readonly members = createMemberOptions();
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly columns = ['name', 'currency', 'tax', 'responsibles', 'status', 'actions'];
  protected readonly percent = basisPointsToPercentText;
  private readonly runAction = createRowActions(() => this.list.reload());

  protected setStatus(status: ClientStatus | ''): void {
    this.status.set(status);
    this.list.firstPage();
  }

  protected open(client: ClientView | null): void {
    const data: ClientDialogData = { client, defaultCurrency: this.defaults.currency() };
    this.dialog
      .open(ClientDialog, { data, width: '560px', autoFocus: 'first-tabbable' })
      .afterClosed()
      .subscribe((saved) => saved && this.list.reload());
  }

  protected archive(client: ClientView): void {
    void this.runAction({
      path: `/clients/${client.id}/archive`,
      revision: client.revision,
      confirm: {
        title: `Archive ${client.name}?`,
        message: 'Archived clients get no new projects or time. Their history stays, and you can unarchive them later.',
        confirmLabel: 'Archive',
      },
      done: `${client.name} archived`,
    });
  }

  protected unarchive(client: ClientView): void {
    void this.runAction({ path: `/clients/${client.id}/unarchive`, revision: client.revision, done: `${client.name} is active again` });
  }
}

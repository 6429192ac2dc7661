import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  AddInvoiceLineRequest,
  BillingAuditView,
  BillingRunRequest,
  BillingRunResult,
  EditInvoiceLineRequest,
  InvoiceListQuery,
  InvoiceSummaryView,
  InvoiceView,
  IssueInvoiceRequest,
  VoidInvoiceRequest,
  DiscardInvoiceRequest,
} from '@billing/billing/contracts';
import { Observable } from 'rxjs';
import { API_V1, ifMatch } from '../../setup/shared/setup-api';

const INVOICES = `${API_V1}/invoices`;

function revisionHeaders(revision: number): HttpHeaders {
  return new HttpHeaders({ 'If-Match': ifMatch(revision) });
}

/** The billing API (libs/billing/application): runs, invoices with If-Match on every change, the PDF, the audit. */
@Injectable({ providedIn: 'root' })
export class BillingApi {
  private readonly http = inject(HttpClient);

  run(body: BillingRunRequest): Observable<BillingRunResult> {
    return this.http.post<BillingRunResult>(`${API_V1}/billing/runs`, body);
  }

  invoices(query: InvoiceListQuery = {}): Observable<InvoiceSummaryView[]> {
    let params = new HttpParams();
    if (query.status) {
      params = params.set('status', query.status);
    }
    if (query.clientId) {
      params = params.set('clientId', query.clientId);
    }
    return this.http.get<InvoiceSummaryView[]>(INVOICES, { params });
  }

  invoice(id: string): Observable<InvoiceView> {
    return this.http.get<InvoiceView>(`${INVOICES}/${id}`);
  }

  editLine(invoice: InvoiceView, lineId: string, body: EditInvoiceLineRequest): Observable<InvoiceView> {
    return this.http.patch<InvoiceView>(`${INVOICES}/${invoice.invoiceId}/lines/${encodeURIComponent(lineId)}`, body, {
      headers: revisionHeaders(invoice.revision),
    });
  }

  addLine(invoice: InvoiceView, body: AddInvoiceLineRequest): Observable<InvoiceView> {
    return this.http.post<InvoiceView>(`${INVOICES}/${invoice.invoiceId}/lines`, body, { headers: revisionHeaders(invoice.revision) });
  }

  /** The draft without the line: its entries are no longer covered. */
  removeLine(invoice: InvoiceView, lineId: string): Observable<InvoiceView> {
    return this.http.delete<InvoiceView>(`${INVOICES}/${invoice.invoiceId}/lines/${encodeURIComponent(lineId)}`, {
      headers: revisionHeaders(invoice.revision),
    });
  }

  issue(invoice: InvoiceView, body: IssueInvoiceRequest = {}): Observable<InvoiceView> {
    return this.http.post<InvoiceView>(`${INVOICES}/${invoice.invoiceId}/issue`, body, { headers: revisionHeaders(invoice.revision) });
  }

  void(invoice: InvoiceView, body: VoidInvoiceRequest): Observable<InvoiceView> {
    return this.http.post<InvoiceView>(`${INVOICES}/${invoice.invoiceId}/void`, body, { headers: revisionHeaders(invoice.revision) });
  }

  discard(invoice: InvoiceView, body: DiscardInvoiceRequest = {}): Observable<InvoiceView> {
    return this.http.post<InvoiceView>(`${INVOICES}/${invoice.invoiceId}/discard`, body, { headers: revisionHeaders(invoice.revision) });
  }

  /** The PDF as a blob: the download goes through the auth interceptor, so a plain link would not do. */
  pdf(invoiceId: string): Observable<Blob> {
    return this.http.get(`${INVOICES}/${invoiceId}/pdf`, { responseType: 'blob' });
  }

  audit(): Observable<BillingAuditView> {
    return this.http.get<BillingAuditView>(`${API_V1}/billing/audit`);
  }
}

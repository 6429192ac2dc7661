import PDFDocument from 'pdfkit';
import type { InvoiceView, MoneyView } from '@billing/billing/contracts';
import { type CurrencyCode, toDecimalString } from '@billing/shared/kernel';

/** `1234.50 EUR`, with as many decimals as the currency's exponent (JPY none, KWD three). */
export function formatAmount(value: MoneyView): string {
  return `${toDecimalString({ amountMinor: value.amountMinor, currency: value.currency as CurrencyCode })} ${value.currency}`;
}

function quantityText(line: InvoiceView['lines'][number]): string {
  if (line.quantity.unit === 'units') return String(line.quantity.value);
  const minutes = Math.round(line.quantity.value / 60);
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')} h`;
}

const COLUMNS = { description: 50, quantity: 300, unit: 370, amount: 460 };

/** A one-document PDF of the invoice: number, dates, client, lines, subtotal, tax and total in the client's currency. */
export function renderInvoicePdf(
  invoice: InvoiceView,
  organisationName: string,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 50,
      info: { Title: `Invoice ${invoice.number ?? 'draft'}` },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);

    doc
      .fontSize(20)
      .text(
        invoice.status === 'draft'
          ? 'Invoice (draft)'
          : invoice.status === 'voided'
            ? 'Invoice (VOID)'
            : 'Invoice',
      );
    doc.moveDown(0.5).fontSize(10);
    doc.text(`From: ${organisationName}`);
    doc.text(`To: ${invoice.clientName}`);
    doc.text(`Number: ${invoice.number ?? 'not issued'}`);
    doc.text(`Issued on: ${invoice.issuedOn ?? '-'}`);
    if (invoice.period !== null)
      doc.text(`Period: ${invoice.period.from} to ${invoice.period.to}`);
    doc.moveDown();

    const header = doc.y;
    doc.font('Helvetica-Bold');
    doc.text('Description', COLUMNS.description, header, { width: 240 });
    doc.text('Quantity', COLUMNS.quantity, header, {
      width: 65,
      align: 'right',
    });
    doc.text('Unit price', COLUMNS.unit, header, { width: 85, align: 'right' });
    doc.text('Amount', COLUMNS.amount, header, { width: 85, align: 'right' });
    doc.font('Helvetica');
    doc
      .moveTo(COLUMNS.description, doc.y + 2)
      .lineTo(545, doc.y + 2)
      .stroke();
    doc.moveDown(0.5);

    for (const line of invoice.lines) {
      const top = doc.y;
      doc.text(line.description, COLUMNS.description, top, { width: 240 });
      const bottom = doc.y;
      doc.text(quantityText(line), COLUMNS.quantity, top, {
        width: 65,
        align: 'right',
      });
      doc.text(
        line.unitAmount === null ? '' : formatAmount(line.unitAmount),
        COLUMNS.unit,
        top,
        { width: 85, align: 'right' },
      );
      doc.text(formatAmount(line.gross), COLUMNS.amount, top, {
        width: 85,
        align: 'right',
      });
      doc.y = Math.max(bottom, doc.y);
      if (line.discountAmount.amountMinor > 0) {
        doc.text('Discount', COLUMNS.description + 10, doc.y, { width: 230 });
        doc.text(
          `-${formatAmount(line.discountAmount)}`,
          COLUMNS.amount,
          doc.y - doc.currentLineHeight(),
          { width: 85, align: 'right' },
        );
      }
      if (line.notes !== '')
        doc
          .fillColor('#555555')
          .text(line.notes, COLUMNS.description + 10, doc.y, { width: 230 })
          .fillColor('#000000');
      doc.moveDown(0.3);
    }

    doc
      .moveTo(COLUMNS.unit, doc.y + 2)
      .lineTo(545, doc.y + 2)
      .stroke();
    doc.moveDown(0.5);
    const total = (label: string, value: MoneyView, bold = false) => {
      const top = doc.y;
      doc.font(bold ? 'Helvetica-Bold' : 'Helvetica');
      doc.text(label, COLUMNS.unit - 60, top, { width: 145, align: 'right' });
      doc.text(formatAmount(value), COLUMNS.amount, top, {
        width: 85,
        align: 'right',
      });
    };
    total('Subtotal', invoice.totals.subtotal);
    total(
      `Tax (${(invoice.taxRateBasisPoints / 100).toFixed(2)} %)`,
      invoice.totals.tax,
    );
    total('Total', invoice.totals.total, true);
    doc.end();
  });
}

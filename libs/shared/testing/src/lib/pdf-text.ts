import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * The text of a PDF, extracted with pdf-parse in a plain Node process: its pdf.js loads an ES module worker, which
 * Jest's module sandbox does not allow. Pages are separated by pdf-parse's `-- n of m --` lines. Asynchronous: a
 * synchronous child would stall the test's event loop for seconds on a large file, and its HTTP client would then
 * reuse keep-alive sockets the server had already closed ("other side closed").
 */
export async function pdfText(pdf: Buffer): Promise<string> {
  const directory = mkdtempSync(path.join(tmpdir(), 'export-pdf-'));
  const file = path.join(directory, 'export.pdf');
  writeFileSync(file, pdf);
  try {
    const script = `const { PDFParse } = require(${JSON.stringify(require.resolve('pdf-parse'))});
      new PDFParse({ data: require('node:fs').readFileSync(process.argv[1]) }).getText()
        .then((result) => process.stdout.write(result.text), (error) => { console.error(error); process.exit(1); });`;
    const { stdout } = await promisify(execFile)(process.execPath, ['-e', script, file], { maxBuffer: 256 * 2 ** 20, encoding: 'utf8' });
    return stdout;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

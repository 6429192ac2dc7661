import { Injectable } from '@nestjs/common';
import { ValidationError } from '@billing/shared/kernel';
import { TimeTrackingSettings } from '../../shared/time-tracking-settings';
import { MAX_ICS_BYTES } from '../ics/parse-ics';

const FETCH_TIMEOUT_MS = 10_000;

/** Where the ICS text of a preview comes from: an upload, the JSON body, or an allowed URL. */
@Injectable()
export class IcsSource {
  constructor(private readonly settings: TimeTrackingSettings) {}

  async textOf(input: { file?: { buffer: Buffer }; ics?: string; url?: string }): Promise<string> {
    const given = [input.file, input.ics, input.url].filter((value) => value !== undefined).length;
    if (given !== 1) throw ValidationError.single('ics', 'send exactly one of: a `file` upload, `ics` (the text), or `url`');
    if (input.file !== undefined) return input.file.buffer.toString('utf8');
    if (input.ics !== undefined) return input.ics;
    return this.fetch(input.url as string);
  }

  private async fetch(url: string): Promise<string> {
    const host = new URL(url).hostname.toLowerCase();
    if (!this.settings.icsFetchAllowedHosts.includes(host)) {
      throw ValidationError.single('url', `the server may not fetch from ${host} (ICS_FETCH_ALLOWED_HOSTS)`);
    }
    let response: Response;
    try {
      response = await fetch(url, { redirect: 'error', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    } catch (error) {
      throw ValidationError.single('url', `could not be fetched: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!response.ok) throw ValidationError.single('url', `answered ${response.status}`);
    const text = await response.text();
    if (Buffer.byteLength(text, 'utf8') > MAX_ICS_BYTES) throw ValidationError.single('url', 'the calendar is larger than 2 MB');
    return text;
  }
}

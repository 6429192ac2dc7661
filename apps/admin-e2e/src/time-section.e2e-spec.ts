import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Page } from 'playwright-core';
import { BrowserSession, onFreshPage, saveScreenshot } from './support/browser-session';
import { loginScreen } from './support/login-screen';
import { assertPrerequisites } from './support/preflight';
import { shellScreen } from './support/shell-screen';
import { TimeApiSetup, todayIn } from './time-api-setup';
import { chooseByKeyboard, durationText, minutesOf, timeScreen, todayLabel } from './time-screen';

/** The demo member the api seeds (libs/organisation/application seed); assigned to every demo project. */
const MEMBER = { email: 'member@example.com', password: 'demo-password-123' };
const PROJECT = 'Acme Support';
const TASK = 'Support';
const LINE = `${PROJECT} · ${TASK}`;
const OTHER_PROJECT = 'Globex Retainer';

async function signIn(page: Page): Promise<void> {
  const login = loginScreen(page);
  await login.open();
  await login.signIn(MEMBER);
  await shellScreen(page).navigation.waitFor();
}

function icsTimestamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** A calendar with one meeting yesterday that the rule "Acme" maps, and an all-day event that is skipped. */
function writeCalendar(directory: string): string {
  const start = new Date(Date.now() - 86_400_000);
  start.setUTCHours(10, 0, 0, 0);
  const end = new Date(start.getTime() + 45 * 60_000);
  const day = icsTimestamp(start).slice(0, 8);
  const file = path.join(directory, 'work.ics');
  writeFileSync(
    file,
    [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Ledgerline e2e//EN',
      'BEGIN:VEVENT',
      `UID:acme-sync-${Date.now()}@e2e`,
      `DTSTAMP:${icsTimestamp(new Date())}`,
      `DTSTART:${icsTimestamp(start)}`,
      `DTEND:${icsTimestamp(end)}`,
      'SUMMARY:Acme weekly sync',
      'END:VEVENT',
      'BEGIN:VEVENT',
      `UID:offsite-${Date.now()}@e2e`,
      `DTSTAMP:${icsTimestamp(new Date())}`,
      `DTSTART;VALUE=DATE:${day}`,
      'SUMMARY:Team offsite',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n'),
  );
  return file;
}

describe('admin app: the Time section against the api', () => {
  let session: BrowserSession;
  let timeZone: string;
  let scratch: string;

  beforeAll(async () => {
    await assertPrerequisites();
    const api = await TimeApiSetup.signIn(MEMBER);
    timeZone = await api.timeZone();
    await api.clearToday(await api.projectId(PROJECT), todayIn(timeZone));
    scratch = mkdtempSync(path.join(tmpdir(), 'admin-e2e-time-'));
    session = await BrowserSession.start();
  });

  afterAll(async () => {
    await session?.close();
    if (scratch) {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('lets a member start and stop the timer, edit the entry in the weekly grid and see the week total change', () =>
    onFreshPage(session, 'time-member', async (page) => {
      const time = timeScreen(page);
      await signIn(page);
      await shellScreen(page).navigation.getByRole('link', { name: 'Time' }).click();
      await page.waitForURL((url) => url.pathname === '/time/week');
      await time.weekTotal.waitFor();
      const totalBefore = minutesOf(await time.weekTotal.innerText());

      await time.startTimer(PROJECT, TASK, 'Ticket triage');
      // The clock is a signal ticking every second; at 2 s the server has a stop that ends after the start.
      await time.waitForClock(2);
      expect(await time.timer.innerText()).toContain(LINE);
      await saveScreenshot(page, 'time-timer-running');
      await time.stopTimer();

      // The stopped entry is a single entry in today's cell: under a minute, so it shows 0:00.
      const cell = time.cell(LINE, todayLabel(timeZone));
      await cell.waitFor();
      expect(await cell.inputValue()).toBe('0:00');
      await time.waitForWeekTotal(durationText(totalBefore));

      // Typing 1:30 moves the entry's end: the row, the day and the week add up to 1:30 more.
      await cell.fill('1:30');
      await cell.press('Enter');
      await time.waitForWeekTotal(durationText(totalBefore + 90));
      expect(await cell.inputValue()).toBe('1:30');
      expect(await time.grid.getByRole('cell', { name: `${LINE} total`, exact: true }).innerText()).toBe('1:30');
      await saveScreenshot(page, 'time-week');

      // The same entry in the list, with its edit dialog.
      await time.openTab('Entries');
      const row = page.getByRole('table', { name: 'Time entries' }).getByRole('row').filter({ hasText: 'Ticket triage' });
      await row.first().waitFor();
      expect(await row.first().innerText()).toContain('1:30');
      await saveScreenshot(page, 'time-entries');
      await time.openDialog(row.first().getByRole('button', { name: /^Edit entry / }));
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('textbox', { name: 'Description' }).waitFor();
      expect(await dialog.getByRole('textbox', { name: 'Description' }).inputValue()).toBe('Ticket triage');
      const project = dialog.getByRole('combobox', { name: /^Project/ });
      const task = dialog.getByRole('combobox', { name: /^Task/ });
      await task.filter({ hasText: TASK }).waitFor(); // editing keeps the entry's task (shown once its project's tasks are in)
      expect(await task.innerText()).toBe(TASK);
      expect(await project.innerText()).toBe(PROJECT);
      await saveScreenshot(page, 'time-entry-dialog');
      // Choosing another project clears the task: back on the entry's project, none is chosen (Cancel keeps the entry).
      await chooseByKeyboard(page, dialog, 'Project', OTHER_PROJECT);
      await chooseByKeyboard(page, dialog, 'Project', PROJECT);
      await project.filter({ hasText: PROJECT }).waitFor();
      expect((await task.innerText()).trim()).toBe('');
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await dialog.waitFor({ state: 'detached' });
    }));

  it('previews an ICS file mapped by a keyword rule, and lists quality findings', () =>
    onFreshPage(session, 'time-import', async (page) => {
      const time = timeScreen(page);
      await signIn(page);
      await page.goto('/time/import');
      const rules = page.getByRole('list', { name: 'Mapping rules' });
      await page.getByRole('heading', { name: 'Mapping rules' }).waitFor();

      // A rule "Acme" -> Acme Support · Support (added unless a previous run saved it).
      if ((await rules.getByRole('textbox', { name: 'Rule 1 keyword' }).count()) === 0) {
        await page.getByRole('button', { name: 'Add rule' }).click();
        await rules.getByRole('textbox', { name: 'Rule 1 keyword' }).fill('Acme');
        await chooseByKeyboard(page, rules, 'Rule 1 Project', PROJECT);
        await chooseByKeyboard(page, rules, 'Rule 1 Task', TASK);
        await page.getByRole('button', { name: 'Save rules' }).click();
        await page.getByText('Rules saved').waitFor();
      }

      await page.getByLabel('Calendar file (.ics)', { exact: true }).setInputFiles(writeCalendar(scratch));
      const events = page.getByRole('table', { name: 'Calendar events' });
      const meeting = events.getByRole('row').filter({ hasText: 'Acme weekly sync' });
      await meeting.waitFor();
      expect(await meeting.innerText()).toMatch(/0:45|Already imported/);
      await events.getByRole('row').filter({ hasText: 'Team offsite' }).filter({ hasText: 'All-day event' }).waitFor();
      await saveScreenshot(page, 'time-import');

      await time.openTab('Quality audit');
      await page.getByRole('group', { name: 'Findings per rule' }).waitFor();
      await page.getByRole('table', { name: 'Quality findings' }).waitFor();
      await saveScreenshot(page, 'time-audit');
    }));
});

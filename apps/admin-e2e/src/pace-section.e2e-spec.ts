import { Page } from 'playwright-core';
import { addDays, dayLabel, eventually, PaceApiSetup, todayIn } from './pace-api-setup';
import { paceScreen } from './pace-screen';
import { BrowserSession, onFreshPage, saveScreenshot } from './support/browser-session';
import { e2eSettings } from './support/e2e-settings';
import { loginScreen } from './support/login-screen';
import { assertPrerequisites } from './support/preflight';
import { shellScreen } from './support/shell-screen';

/** Rita is responsible for the team the set-up creates (libs/organisation/application/src/lib/seed/demo-organisation.ts). */
const RESPONSIBLE = { email: 'responsible@example.com', password: 'demo-password-123' };
const FAR_HOLIDAY_ICS = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:pace-e2e-2099@example.com', 'DTSTART;VALUE=DATE:20990302', 'SUMMARY:E2e Founders Day', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');

async function signIn(page: Page, credentials: { email: string; password: string }): Promise<void> {
  const login = loginScreen(page);
  await login.open();
  await login.signIn(credentials);
  await shellScreen(page).navigation.waitFor();
}

describe('admin app: Pace against the api and the worker', () => {
  let session: BrowserSession;
  let responsible: PaceApiSetup;
  let member: { teamName: string; memberId: string; name: string; credentials: { email: string; password: string } };
  let today: string;
  const run = `${Date.now()}`;

  beforeAll(async () => {
    await assertPrerequisites();
    const admin = await PaceApiSetup.signIn(e2eSettings.admin);
    responsible = await PaceApiSetup.signIn(RESPONSIBLE);
    today = todayIn(await admin.timeZone());
    // A fresh member in a fresh team of Rita's, 8 h expected every day since the 1st, nothing tracked: behind.
    member = await admin.memberBehind(run, responsible.memberId, `${today.slice(0, 8)}01`);
    await eventually('the member behind in Rita\'s scope', () => responsible.behindMemberIds(), (ids) => ids.includes(member.memberId));
    session = await BrowserSession.start();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('a responsible sees the member behind in the heat map, opens their week and reminds them; the member sees it', async () => {
    const day = dayLabel(today);
    await onFreshPage(session, 'pace-responsible-reminds', async (page) => {
      const pace = paceScreen(page);
      await signIn(page, RESPONSIBLE);
      await shellScreen(page).navigation.getByRole('link', { name: 'Pace' }).click();
      await page.waitForURL((url) => url.pathname === '/pace');
      await pace.chooseTeam(member.teamName);

      // Today's cell: 8 h expected, nothing tracked; the row is flagged behind.
      const cell = pace.cell(member.name, '0h of 8h', day);
      await cell.waitFor();
      expect(await pace.memberRow(member.name).innerText()).toContain('behind');
      await saveScreenshot(page, 'pace-heat-map');

      await cell.click();
      await page.getByRole('heading', { name: member.name, level: 2 }).waitFor();
      const todayRow = pace.weekRow(member.name, day);
      await todayRow.waitFor();
      // Schedule, expected, tracked, missing.
      expect((await todayRow.getByRole('cell').allInnerTexts()).slice(0, 4)).toEqual(['8h', '8h', '0h', '8h']);
      await saveScreenshot(page, 'pace-member-week');

      await page.getByRole('button', { name: `Remind ${member.name}` }).click();
      await pace.status(`Reminder sent to ${member.name} for ${day}`).waitFor();
      // Pressed again: one reminder per member and day.
      await page.getByRole('button', { name: `Remind ${member.name}` }).click();
      await pace.status(`${member.name} was already reminded for ${day}`).waitFor();

      // The list of members behind in Rita's scope offers the same action, and says it was done already.
      await page.getByRole('tab', { name: 'Behind', exact: true }).click();
      const row = page.getByRole('table', { name: 'Members behind' }).getByRole('row').filter({ hasText: member.name });
      await row.waitFor();
      await row.getByRole('button', { name: `Remind ${member.name}` }).click();
      await row.getByRole('status').filter({ hasText: `${member.name} was already reminded for ${day}` }).waitFor();
      await saveScreenshot(page, 'pace-behind');
    });

    // The worker delivers the reminder in-app.
    const memberApi = await PaceApiSetup.signIn(member.credentials);
    const title = `Your hours for ${today} are incomplete`;
    await eventually('the in-app reminder', () => memberApi.notificationTitles(), (titles) => titles.includes(title));

    await onFreshPage(session, 'pace-member-notified', async (page) => {
      const pace = paceScreen(page);
      await signIn(page, member.credentials);
      await page.getByRole('button', { name: 'Notifications, 1 unread' }).click();
      const notification = pace.notification(title);
      await notification.waitFor();
      expect(await notification.innerText()).toContain('8:00 h missing');
      await saveScreenshot(page, 'pace-notifications');
      await notification.getByRole('button', { name: `Mark read: ${title}` }).click();
      await notification.getByText('Read', { exact: true }).waitFor();
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Notifications, none unread' }).waitFor();
    });
    expect(await memberApi.notificationTitles()).toEqual([title]);
  });

  it("an admin adds a schedule version and a half day off from tomorrow, and imports a holiday calendar", () =>
    onFreshPage(session, 'pace-admin-schedules', async (page) => {
      const pace = paceScreen(page);
      const tomorrow = addDays(today, 1);
      await signIn(page, e2eSettings.admin);
      await page.goto(`/pace/schedules?member=${member.memberId}`);
      const history = page.getByRole('table', { name: 'Schedule history' });
      await history.getByRole('row').filter({ hasText: 'in force' }).waitFor();

      const form = page.getByRole('form', { name: 'New schedule version' });
      await form.getByLabel('Valid from').fill(tomorrow);
      for (const weekday of ['Saturday', 'Sunday']) {
        await form.getByRole('textbox', { name: weekday }).fill('0');
      }
      await form.getByRole('textbox', { name: 'Friday' }).fill('6:30');
      await form.getByRole('button', { name: 'Save schedule' }).click();
      await pace.status(`Schedule saved from ${dayLabel(tomorrow)}`).waitFor();
      // 4 x 8 h + 6.5 h = 38.5 h a week from tomorrow; the version in force today stays.
      await history.getByRole('row').filter({ hasText: dayLabel(tomorrow) }).filter({ hasText: '38h 30m' }).waitFor();
      expect(await history.getByRole('row').count()).toBe(3); // header and two versions

      const timeOff = page.getByRole('form', { name: 'Record time off' });
      await timeOff.getByLabel('First day').fill(tomorrow);
      await timeOff.getByRole('checkbox', { name: 'Full days' }).uncheck();
      await timeOff.getByRole('textbox', { name: 'Hours off a day' }).fill('4');
      await timeOff.getByRole('textbox', { name: 'Note' }).fill(`Dentist ${run}`);
      await timeOff.getByRole('button', { name: 'Record time off' }).click();
      const recorded = page.getByRole('table', { name: 'Time off' }).getByRole('row').filter({ hasText: `Dentist ${run}` });
      await recorded.waitFor();
      expect(await recorded.innerText()).toContain('4h a day');
      await saveScreenshot(page, 'pace-schedules');

      await page.getByRole('tab', { name: 'Holidays', exact: true }).click();
      await page.getByRole('heading', { name: `Holidays ${today.slice(0, 4)}`, level: 2 }).waitFor();
      // An ICS import into a far year, so no figure of this month changes: added once, unchanged on a rerun.
      await page.goto('/pace/holidays?year=2099');
      await page.getByRole('heading', { name: 'Holidays 2099', level: 2 }).waitFor();
      await page.getByRole('textbox', { name: 'Calendar text' }).fill(FAR_HOLIDAY_ICS);
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await page.getByRole('status').filter({ hasText: /^(1 added, 0 renamed, 0 unchanged|0 added, 0 renamed, 1 unchanged)$/ }).waitFor();
      await page.getByRole('table', { name: 'Holidays 2099' }).getByRole('row').filter({ hasText: 'E2e Founders Day' }).waitFor();
      await saveScreenshot(page, 'pace-holidays');
    }));
});

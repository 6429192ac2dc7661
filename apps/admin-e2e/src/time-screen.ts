import { Locator, Page } from 'playwright-core';
import { type DialogOpener, openDialog } from './support/open-dialog';
import { chooseOption } from './support/setup-screens';

/** `h:mm` -> minutes. */
export function minutesOf(text: string): number {
  const match = /^(\d+):(\d{2})$/.exec(text.trim());
  if (!match) {
    throw new Error(`Not a duration h:mm: "${text}"`);
  }
  return Number(match[1]) * 60 + Number(match[2]);
}

export function durationText(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** How the grid labels a day: `Tue 10 Mar`, today in the organisation's zone. */
export function todayLabel(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone }).format(now).replace(',', '');
}

/** A Material select chosen with the keyboard (its floating label sits over it in dense rows). */
export async function chooseByKeyboard(page: Page, scope: Locator, label: string, option: string): Promise<void> {
  await scope.getByRole('combobox', { name: label, exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The Time section as a person sees it: the timer bar, its tabs, the weekly grid. */
export function timeScreen(page: Page) {
  const timer = page.getByRole('region', { name: 'Timer' });
  const clock = timer.getByRole('timer', { name: 'Elapsed time' });
  const tabs = page.getByRole('tablist', { name: 'Time pages' });
  const grid = page.getByRole('table', { name: 'Timesheet' });
  const weekTotal = grid.getByRole('cell', { name: 'Week total', exact: true });

  return {
    timer,
    clock,
    tabs,
    grid,
    weekTotal,
    /** Opens a dialog (a button's name, an element or an action) and waits until it has finished opening. */
    async openDialog(opener: DialogOpener): Promise<void> {
      await openDialog(page, opener);
    },
    async openTab(label: 'Week' | 'Entries' | 'Calendar import' | 'Quality audit'): Promise<void> {
      await tabs.getByRole('tab', { name: label, exact: true }).click();
    },
    async startTimer(project: string, task: string, description: string): Promise<void> {
      await chooseOption(page, timer, 'Project', project);
      await chooseOption(page, timer, 'Task', task);
      await timer.getByRole('textbox', { name: 'What are you working on?' }).fill(description);
      await timer.getByRole('button', { name: 'Start', exact: true }).click();
      await clock.waitFor();
    },
    /** Waits (no sleep: Playwright polls the clock) until the running clock shows at least `seconds`. */
    async waitForClock(seconds: number): Promise<void> {
      await page.waitForFunction(
        ({ minimum }) => {
          const text = document.querySelector('[role="timer"]')?.textContent?.trim() ?? '';
          const match = /^(\d+):(\d{2}):(\d{2})$/.exec(text);
          return match !== null && Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]) >= minimum;
        },
        { minimum: seconds },
      );
    },
    async stopTimer(): Promise<void> {
      await timer.getByRole('button', { name: 'Stop', exact: true }).click();
      await timer.getByRole('button', { name: 'Start', exact: true }).waitFor();
    },
    cell(line: string, day: string): Locator {
      return grid.getByRole('textbox', { name: `${line}, ${day}`, exact: true });
    },
    async waitForWeekTotal(text: string): Promise<void> {
      await grid.getByRole('cell', { name: 'Week total', exact: true }).filter({ hasText: new RegExp(`^\\s*${text}\\s*$`) }).waitFor();
    },
  };
}

import { Locator, Page } from 'playwright-core';

/** The Pace section and the toolbar's notifications menu, found by roles and accessible names. */
export function paceScreen(page: Page) {
  const heatMap = page.getByRole('table', { name: /^Pace heat map/ });
  const bell = page.getByRole('button', { name: /^Notifications, / });

  return {
    heatMap,
    bell,
    async chooseTeam(name: string): Promise<void> {
      await page.getByRole('combobox', { name: 'Team' }).click();
      await page.getByRole('option', { name, exact: true }).click();
      await page.getByRole('table', { name: `Pace heat map: ${name}` }).waitFor();
    },
    /** A cell: `Pia: 0h of 8h on 25 Nov`. */
    cell(member: string, figures: string, day: string): Locator {
      return heatMap.getByRole('link', { name: new RegExp(`^${escape(member)}: ${escape(figures)} on ${escape(day)}`) });
    },
    memberRow(member: string): Locator {
      return heatMap.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${escape(member)}`) }) });
    },
    week(member: string): Locator {
      return page.getByRole('table', { name: `Week of ${member}` });
    },
    weekRow(member: string, day: string): Locator {
      return page
        .getByRole('table', { name: `Week of ${member}` })
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: new RegExp(`${escape(day)}$`) }) });
    },
    status(text: string): Locator {
      return page.getByRole('status').filter({ hasText: text });
    },
    notification(title: string): Locator {
      return page.getByRole('list', { name: 'Notification list' }).getByRole('listitem').filter({ hasText: title });
    },
  };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, RouterOutlet } from '@angular/router';
import { SectionPage, SectionTabs } from './section-tabs';

@Component({ template: '<p class="routed">routed page</p>' })
class RoutedPage {}

@Component({
  imports: [RouterOutlet, SectionTabs],
  template: `
    <app-section-tabs heading="Pace" summary="Who is behind." [pages]="pages()" [maxWidth]="maxWidth()">
      <aside class="before" sectionBeforeTabs>timer</aside>
      <router-outlet />
    </app-section-tabs>
  `,
})
class Host {
  readonly pages = signal<readonly SectionPage[]>([
    { path: '/pace', label: 'Heat map', exact: true },
    { path: '/pace/behind', label: 'Behind' },
  ]);
  readonly maxWidth = signal<string | null>('1400px');
}

describe('SectionTabs (the header, tabs and outlet of a section)', () => {
  async function render(at: string, change?: (host: Host) => void): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      imports: [Host],
      providers: [provideRouter([{ path: 'pace', children: [{ path: '', component: RoutedPage }, { path: 'behind', component: RoutedPage }] }])],
    });
    const fixture = TestBed.createComponent(Host);
    change?.(fixture.componentInstance);
    await TestBed.inject(Router).navigateByUrl(at);
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  const tabs = (page: HTMLElement) => [...page.querySelectorAll<HTMLAnchorElement>('nav a')];
  const activeLabels = (page: HTMLElement) => tabs(page).filter((tab) => tab.getAttribute('aria-selected') === 'true').map((tab) => tab.textContent?.trim());

  it('shows the heading, the summary and a tab bar named after the section', async () => {
    const page = await render('/pace/behind');
    expect(page.querySelector('h1')?.textContent).toBe('Pace');
    expect(page.querySelector('header p')?.textContent).toBe('Who is behind.');
    const nav = page.querySelector('nav');
    expect(nav?.getAttribute('aria-label')).toBe('Pace pages');
    expect(nav?.getAttribute('role')).toBe('tablist');
    expect(tabs(page).map((tab) => [tab.textContent?.trim(), tab.getAttribute('href')])).toEqual([
      ['Heat map', '/pace'],
      ['Behind', '/pace/behind'],
    ]);
  });

  it('marks the tab of the current route; an exact tab only on its own route', async () => {
    expect(activeLabels(await render('/pace/behind'))).toEqual(['Behind']);
    TestBed.resetTestingModule();
    expect(activeLabels(await render('/pace'))).toEqual(['Heat map']);
  });

  it('puts the routed page inside the tab panel and the marked content before the tabs', async () => {
    const page = await render('/pace/behind');
    expect(page.querySelector('[role="tabpanel"] .routed')?.textContent).toBe('routed page');
    const before = page.querySelector('.before');
    const nav = page.querySelector('nav');
    expect(before && nav && before.compareDocumentPosition(nav) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('limits its width when asked', async () => {
    const page = await render('/pace');
    expect(page.querySelector<HTMLElement>('app-section-tabs')?.style.maxWidth).toBe('1400px');
    TestBed.resetTestingModule();
    const unlimited = await render('/pace', (host) => host.maxWidth.set(null));
    expect(unlimited.querySelector<HTMLElement>('app-section-tabs')?.style.maxWidth).toBe('');
  });

  it('without pages shows no tab bar, only the content', async () => {
    const page = await render('/pace', (host) => host.pages.set([]));
    expect(page.querySelector('nav')).toBeNull();
    expect(page.querySelector('[role="tabpanel"]')).toBeNull();
    expect(page.querySelector('.routed')?.textContent).toBe('routed page');
  });
});

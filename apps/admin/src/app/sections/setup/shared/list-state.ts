import { computed, inject, signal } from '@angular/core';
import { rxResource, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { PageEvent } from '@angular/material/paginator';
import { debounceTime, distinctUntilChanged } from 'rxjs';
import { QueryValue, SetupApi } from './setup-api';

export const PAGE_SIZES = [10, 25, 50, 100] as const;

/**
 * A server-paged, searchable list: search text (debounced), page, page size and filters go to the API as
 * `q`, `page` (from 1), `pageSize` and filter parameters. Call in an injection context (a field initialiser).
 */
export function createListState<Item>(path: () => string, filters: () => Readonly<Record<string, QueryValue>> = () => ({})) {
  const api = inject(SetupApi);
  const search = signal('');
  const q = toSignal(toObservable(search).pipe(debounceTime(250), distinctUntilChanged()), { initialValue: '' });
  const pageIndex = signal(0);
  const pageSize = signal<number>(25);
  const reloads = signal(0);

  const resource = rxResource({
    params: () => ({ path: path(), query: { q: q().trim(), page: pageIndex() + 1, pageSize: pageSize(), ...filters() }, reload: reloads() }),
    stream: ({ params }) => api.list<Item>(params.path, params.query),
  });
  const page = computed(() => (resource.hasValue() ? resource.value() : undefined));

  return {
    search: search.asReadonly(),
    pageIndex: pageIndex.asReadonly(),
    pageSize: pageSize.asReadonly(),
    items: computed(() => page()?.items ?? []),
    total: computed(() => page()?.total ?? 0),
    loading: resource.isLoading,
    failed: computed(() => resource.status() === 'error'),
    setSearch(text: string): void {
      search.set(text);
      pageIndex.set(0);
    },
    changePage(event: PageEvent): void {
      pageSize.set(event.pageSize);
      pageIndex.set(event.pageIndex);
    },
    /** Back to the first page, e.g. after a filter changed. */
    firstPage(): void {
      pageIndex.set(0);
    },
    reload(): void {
      reloads.update((count) => count + 1);
    },
  };
}

export type ListState<Item> = ReturnType<typeof createListState<Item>>;

import { DEFAULT_PAGE_SIZE, type ListQuery, type Page } from '@billing/organisation/contracts';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

export interface Paging {
  page: number;
  pageSize: number;
}

export function pagingOf(query: ListQuery): Paging {
  return { page: query.page ?? 1, pageSize: query.pageSize ?? DEFAULT_PAGE_SIZE };
}

/** Escapes LIKE wildcards so a search for `50%` finds the text 50%. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (match) => `\\${match}`)}%`;
}

/** Runs a filtered query for one page and the total count, mapping each row to its view. */
export async function pageOf<Row extends ObjectLiteral, Item>(
  builder: SelectQueryBuilder<Row>,
  query: ListQuery,
  toView: (row: Row) => Item,
): Promise<Page<Item>> {
  const { page, pageSize } = pagingOf(query);
  const [rows, total] = await builder
    .skip((page - 1) * pageSize)
    .take(pageSize)
    .getManyAndCount();
  return { items: rows.map(toView), page, pageSize, total };
}

/**
 * The domain's own copy of what an export holds (structurally the same as the contracts' shapes, which the domain
 * may not import): a format and a report definition.
 */
export const EXPORT_FORMATS = ['csv', 'xlsx', 'pdf', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportDefinition {
  kind: 'time-report';
  period: { from: string; to: string };
  filters?: {
    clientIds?: string[];
    projectIds?: string[];
    taskIds?: string[];
    memberIds?: string[];
    teamIds?: string[];
    tags?: string[];
    billable?: boolean;
    billed?: boolean;
  };
  groupBy?: Array<'client' | 'project' | 'task' | 'member' | 'team' | 'day' | 'week' | 'month'>;
  subtotals?: boolean;
}

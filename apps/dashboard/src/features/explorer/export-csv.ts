import type { ExplorerExportQuery } from '../../graphql/generated/graphql';
import { csvDocument } from '../../lib/csv';
import { dayOf } from '../../lib/day';
import {
  channelLabel,
  flagLabel,
  itemKindLabel,
  itemSourceLabel,
  itemStatusLabel,
  priorityLabel,
  sentimentLabel,
} from '../../lib/labels';

export type ExportNode = ExplorerExportQuery['items']['nodes'][number];

/** The most rows one export holds; past it, people narrow the filter (or the period). */
export const EXPORT_ROW_CAP = 10_000;
/** Items per request: the API's largest page. */
export const EXPORT_PAGE_SIZE = 100;

export const EXPORT_HEADER = [
  'Item id',
  'Received (UTC)',
  'Kind',
  'Source',
  'Channel',
  'Status',
  'Priority',
  'Team',
  'Policy',
  'Sentiment',
  'Themes',
  'Warning signs and protocol cues',
  'Satisfaction (1-5)',
  'First response (UTC)',
  'Resolved (UTC)',
  'Closed (UTC)',
  'Customer reference',
  'Text (personal data masked)',
] as const;

/** One row per item, in the header's order; only the redacted text leaves the API. */
export function exportRow(item: ExportNode): (string | number | null)[] {
  return [
    item.id,
    item.receivedAt,
    itemKindLabel[item.kind],
    itemSourceLabel[item.source],
    channelLabel[item.channel],
    itemStatusLabel[item.status],
    priorityLabel[item.priority],
    item.team?.name ?? null,
    item.policy?.name ?? null,
    item.sentiment ? sentimentLabel[item.sentiment] : null,
    item.themes.map((theme) => theme.name).join('; '),
    item.flags.map((flag) => flagLabel[flag]).join('; '),
    item.satisfaction,
    item.firstResponseAt,
    item.resolvedAt,
    item.closedAt,
    item.customerRef,
    item.displayText,
  ];
}

export function exportCsv(items: readonly ExportNode[]): string {
  return csvDocument(EXPORT_HEADER, items.map(exportRow));
}

/** "fulcrum-items-2026-11-22.csv" */
export function exportFileName(now: Date): string {
  return `fulcrum-items-${dayOf(now)}.csv`;
}

/** How many rows an export of `total` matching items will hold. */
export function exportSize(total: number): { rows: number; capped: boolean } {
  return { rows: Math.min(total, EXPORT_ROW_CAP), capped: total > EXPORT_ROW_CAP };
}

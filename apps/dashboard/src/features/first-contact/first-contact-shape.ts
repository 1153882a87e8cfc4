// Pure shaping for the First contact page: the trend's grain in the URL and the CSV export.
import type {
  FirstContactFiguresFieldsFragment,
  FirstContactQuery,
  TrendGrain,
} from '../../graphql/generated/graphql';
import { csvDocument } from '../../lib/csv';

export const GRAIN_PARAM = 'grain';

/** ?grain=month → MONTH; anything else gives weeks. */
export function readGrain(params: URLSearchParams): TrendGrain {
  return params.get(GRAIN_PARAM) === 'month' ? 'MONTH' : 'WEEK';
}

export function withGrain(params: URLSearchParams, grain: TrendGrain): URLSearchParams {
  const next = new URLSearchParams(params);
  if (grain === 'WEEK') next.delete(GRAIN_PARAM);
  else next.set(GRAIN_PARAM, 'month');
  return next;
}

/** The outcome columns, in the order the page and the export give them. */
export const OUTCOME_COLUMNS = [
  ['firstContact', 'At first contact'],
  ['later', 'Later'],
  ['escalated', 'Escalated'],
  ['referred', 'Referred'],
  ['exceptionsAtFirstContact', 'Exceptions at first contact'],
  ['undecided', 'Not decided'],
] as const satisfies readonly (readonly [keyof FirstContactFiguresFieldsFragment, string])[];

/** Every row of the page (overall, teams, policies, trend) as one spreadsheet. */
export function firstContactCsv(data: FirstContactQuery['firstContact']): string {
  const rows: [string, string, FirstContactFiguresFieldsFragment][] = [
    ['overall', data.period.label, data.overall],
    ...data.byTeam.map((g) => ['team', g.name, g.figures] as [string, string, typeof g.figures]),
    ...data.byPolicy.map(
      (g) => ['policy', g.name, g.figures] as [string, string, typeof g.figures],
    ),
    ...data.trend.map(
      (p) => [data.grain.toLowerCase(), p.label, p.figures] as [string, string, typeof p.figures],
    ),
  ];
  return csvDocument(
    [
      'grouping',
      'name',
      'items',
      'decided',
      ...OUTCOME_COLUMNS.map(([, label]) => label.toLowerCase()),
      'share decided at first contact',
      'share escalated',
    ],
    rows.map(([grouping, name, figures]) => [
      grouping,
      name,
      figures.items.count,
      figures.decided,
      ...OUTCOME_COLUMNS.map(([key]) => figures[key].count),
      figures.firstContactShare.share,
      figures.escalatedShare.share,
    ]),
  );
}

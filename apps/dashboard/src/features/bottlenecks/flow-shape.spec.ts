import { aDrilldown } from '../../test/insight-fixtures';
import { bandDrilldown, durationRows } from './flow-shape';

const figure = (dimension: string, id: string | null, name: string, p50: number | null) => ({
  __typename: 'DurationFigure' as const,
  dimension: dimension as 'TEAM',
  subject: id ? { __typename: 'NamedRef' as const, id, name } : null,
  kind: null,
  items: 10,
  finished: 10,
  p50Hours: p50,
  p90Hours: p50 === null ? null : p50 * 3,
  p50IncludingOpenHours: p50,
  previousP50Hours: null,
  change: {
    __typename: 'Change' as const,
    current: p50,
    previous: null,
    relative: null,
    direction: 'FLAT' as const,
    label: 'no comparison',
  },
  drilldown: aDrilldown() as never,
});

describe('durationRows', () => {
  it('puts lead time and first response of a group side by side, slowest first', () => {
    const rows = durationRows(
      [
        figure('TEAM', 'a', 'Care', 16),
        figure('TEAM', 'b', 'Repairs', 40),
        figure('ALL', null, 'All', 21),
      ],
      [figure('TEAM', 'a', 'Care', 0.3), figure('TEAM', 'c', 'HR', 2)],
      'TEAM',
      (f) => f.subject?.name ?? '',
    );
    expect(
      rows.map((row) => [
        row.label,
        row.lead?.p50Hours ?? null,
        row.firstResponse?.p50Hours ?? null,
      ]),
    ).toEqual([
      ['Repairs', 40, null],
      ['Care', 16, 0.3],
      ['HR', null, 2],
    ]);
  });
});

describe('bandDrilldown', () => {
  it('narrows the backlog to the items received within the band’s ages', () => {
    const backlog = {
      at: '2026-11-01T00:00:00.000Z',
      drilldown: {
        ...aDrilldown(),
        receivedFrom: null,
        receivedTo: null,
        openAt: '2026-11-01T00:00:00.000Z',
      },
    };
    expect(bandDrilldown(backlog as never, { minDays: 7, maxDays: 30 })).toEqual({
      openAt: '2026-11-01T00:00:00.000Z',
      receivedFrom: '2026-10-02T00:00:00.000Z',
      receivedTo: '2026-10-25T00:00:00.000Z',
    });
    expect(bandDrilldown(backlog as never, { minDays: 90, maxDays: null })).toEqual({
      openAt: '2026-11-01T00:00:00.000Z',
      receivedTo: '2026-08-03T00:00:00.000Z',
    });
  });
});

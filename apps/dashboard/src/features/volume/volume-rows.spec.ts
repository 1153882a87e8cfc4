import { summariseVolume, toMonthlyVolumeRows, type VolumePoint } from './volume-rows';

const point = (periodStart: string, kind: VolumePoint['kind'], count: number): VolumePoint => ({
  periodStart,
  kind,
  count,
});

describe('toMonthlyVolumeRows', () => {
  const range = { from: '2025-11', to: '2026-02' };

  it('gives every month of the range a row, in order, with zeros where the API sent nothing', () => {
    const rows = toMonthlyVolumeRows([point('2026-01-01T00:00:00.000Z', 'COMPLAINT', 3)], range);
    expect(rows.map((row) => row.month)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(rows[0]).toEqual({
      month: '2025-11',
      total: 0,
      REQUEST: 0,
      COMPLAINT: 0,
      FEEDBACK: 0,
      COMPLIMENT: 0,
    });
    expect(rows[2]).toEqual({
      month: '2026-01',
      total: 3,
      REQUEST: 0,
      COMPLAINT: 3,
      FEEDBACK: 0,
      COMPLIMENT: 0,
    });
  });

  it('puts each kind in its own column and totals the month', () => {
    const rows = toMonthlyVolumeRows(
      [
        point('2025-12-01T00:00:00.000Z', 'REQUEST', 10),
        point('2025-12-01T00:00:00.000Z', 'COMPLAINT', 4),
        point('2025-12-01T00:00:00.000Z', 'FEEDBACK', 2),
        point('2025-12-01T00:00:00.000Z', 'COMPLIMENT', 1),
      ],
      range,
    );
    expect(rows[1]).toEqual({
      month: '2025-12',
      total: 17,
      REQUEST: 10,
      COMPLAINT: 4,
      FEEDBACK: 2,
      COMPLIMENT: 1,
    });
  });

  it('adds up repeated points for the same month and kind', () => {
    const rows = toMonthlyVolumeRows(
      [
        point('2026-02-01T00:00:00.000Z', 'REQUEST', 5),
        point('2026-02-01T00:00:00.000Z', 'REQUEST', 7),
      ],
      range,
    );
    expect(rows[3].REQUEST).toBe(12);
  });

  it('reads the bucket month in UTC, whatever offset the timestamp is written with', () => {
    const rows = toMonthlyVolumeRows([point('2026-01-01T01:00:00+01:00', 'REQUEST', 2)], range);
    expect(rows[2].REQUEST).toBe(2);
  });

  it('leaves out points outside the range, unreadable dates and kinds it does not know', () => {
    const rows = toMonthlyVolumeRows(
      [
        point('2025-10-01T00:00:00.000Z', 'REQUEST', 99),
        point('2026-03-01T00:00:00.000Z', 'REQUEST', 99),
        point('not a date', 'REQUEST', 99),
        {
          ...point('2026-01-01T00:00:00.000Z', 'REQUEST', 99),
          kind: 'STAFF_REPORT' as VolumePoint['kind'],
        },
      ],
      range,
    );
    expect(rows.reduce((sum, row) => sum + row.total, 0)).toBe(0);
  });

  it('returns no rows for an empty range', () => {
    expect(toMonthlyVolumeRows([], { from: '2026-02', to: '2026-01' })).toEqual([]);
  });
});

describe('summariseVolume', () => {
  it('totals by kind, gives the complaint share, the monthly average and the busiest month', () => {
    const rows = toMonthlyVolumeRows(
      [
        point('2025-11-01T00:00:00.000Z', 'REQUEST', 30),
        point('2025-12-01T00:00:00.000Z', 'COMPLAINT', 10),
        point('2026-01-01T00:00:00.000Z', 'REQUEST', 40),
        point('2026-01-01T00:00:00.000Z', 'COMPLAINT', 20),
      ],
      { from: '2025-11', to: '2026-02' },
    );
    expect(summariseVolume(rows)).toEqual({
      total: 100,
      byKind: { REQUEST: 70, COMPLAINT: 30, FEEDBACK: 0, COMPLIMENT: 0 },
      complaintShare: 0.3,
      monthlyAverage: 25,
      busiest: { month: '2026-01', total: 60 },
    });
  });

  it('names the earliest month when two tie for busiest', () => {
    const rows = toMonthlyVolumeRows(
      [
        point('2025-11-01T00:00:00.000Z', 'REQUEST', 5),
        point('2026-01-01T00:00:00.000Z', 'REQUEST', 5),
      ],
      { from: '2025-11', to: '2026-02' },
    );
    expect(summariseVolume(rows).busiest).toEqual({ month: '2025-11', total: 5 });
  });

  it('has no complaint share and no busiest month when nothing arrived', () => {
    const summary = summariseVolume(toMonthlyVolumeRows([], { from: '2025-11', to: '2026-02' }));
    expect(summary.complaintShare).toBeNull();
    expect(summary.busiest).toBeNull();
    expect(summary.total).toBe(0);
  });
});

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { invalidField } from '../../common/domain-error';
import type { ItemKind } from '../../items/item.enums';
import { Interval, type VolumePoint } from './item-volume.types';
import { type ItemVolumeInput } from './item-volume.input';

const DAY_MS = 86_400_000;
/** Longest range per interval, so one query never returns an unbounded number of buckets. */
const MAX_RANGE_DAYS: Record<Interval, number> = {
  [Interval.DAY]: 400,
  [Interval.WEEK]: 5 * 366,
  [Interval.MONTH]: 10 * 366,
};

@Injectable()
export class InsightsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async itemVolume(input: ItemVolumeInput): Promise<VolumePoint[]> {
    const to = input.to ?? this.clock.now();
    const from = input.from ?? new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth() - 24, 1));
    if ((to.getTime() - from.getTime()) / DAY_MS > MAX_RANGE_DAYS[input.interval]) {
      throw invalidField(
        'from',
        'maxRange',
        `the range may span at most ${MAX_RANGE_DAYS[input.interval]} days for ${input.interval}`,
      );
    }
    const rows: { period_start: Date; kind: ItemKind; count: number }[] =
      await this.dataSource.query(
        `SELECT date_trunc($3, received_at, 'UTC') AS period_start, kind, count(*)::int AS count
         FROM items
        WHERE received_at >= $1 AND received_at < $2
        GROUP BY 1, 2
        ORDER BY 1, 2`,
        [from, to, input.interval],
      );
    return rows.map((row) => ({ periodStart: row.period_start, kind: row.kind, count: row.count }));
  }
}

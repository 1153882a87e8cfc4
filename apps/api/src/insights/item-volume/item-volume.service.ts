import { Injectable } from '@nestjs/common';
import type { ItemKind } from '../../items/item.enums';
import { InsightData } from '../read-model/insight-data.service';
import { type ItemVolumeInput } from './item-volume.input';
import { volumePoints, volumeRange } from './item-volume.compose';
import type { VolumePoint } from './item-volume.types';

/** Items received per day, week or month and kind, straight from the items table. */
@Injectable()
export class ItemVolumeService {
  constructor(private readonly data: InsightData) {}

  async itemVolume(input: ItemVolumeInput): Promise<VolumePoint[]> {
    const { from, to } = volumeRange(input, this.data.now());
    const rows = await this.data.query<{ period_start: Date; kind: ItemKind; count: number }>(
      `SELECT date_trunc($3, received_at, 'UTC') AS period_start, kind, count(*)::int AS count
         FROM items
        WHERE received_at >= $1 AND received_at < $2
        GROUP BY 1, 2
        ORDER BY 1, 2`,
      [from, to, input.interval],
    );
    return volumePoints(rows);
  }
}

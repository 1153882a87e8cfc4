import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { NotAnalysedTexts } from './dto/analysis.inputs';

/** What the analysis could not read: counted apart, never passed off as neutral. */
@Injectable()
export class AnalysisCoverageService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async notAnalysed(): Promise<NotAnalysedTexts> {
    const rows = await this.dataSource.query<{ language: string | null; count: string }[]>(
      `SELECT details->>'language' AS language, count(*) AS count FROM item_analyses
        WHERE details->>'status' = 'not-analysed' GROUP BY 1 ORDER BY 2 DESC, 1`,
    );
    const byLanguage = rows.map((row) => ({
      language: row.language ?? 'other',
      count: Number(row.count),
    }));
    return { total: byLanguage.reduce((sum, row) => sum + row.count, 0), byLanguage };
  }
}

import { Injectable } from '@nestjs/common';
import { ReviewNotesService } from '../../review-notes/review-notes.service';
import type { ExportFile } from './review-pack.types';
import type { ReviewPackExportInput } from './review-pack.input';
import { ExportFormat } from './review-pack.types';
import { bottleneckPart } from '../bottlenecks/bottleneck-parts';
import { ReviewPackService } from './review-pack.service';
import { type ReviewData, reviewMarkdown } from './review-export';
import { reviewCsv } from './review-csv';

/** The whole review pack, rendered as Markdown or as one long CSV table. */
@Injectable()
export class ReviewExportService {
  constructor(
    private readonly packs: ReviewPackService,
    private readonly notes: ReviewNotesService,
  ) {}

  async data(input: ReviewPackExportInput): Promise<ReviewData> {
    const pack = this.packs.reviewPack(input);
    const context = this.packs.sections(pack);
    const b = context.bottlenecks();
    const svc = this.packs.bottlenecks;
    const [
      kpis,
      trends,
      rising,
      weekly,
      backlog,
      leadTimes,
      firstResponses,
      statusTimes,
      serviceLevels,
      waits,
      hotspots,
      warnings,
      staffLoad,
      funnel,
      impacts,
      actions,
      reconciliations,
      notes,
    ] = await Promise.all([
      context.kpis(),
      context.trends(),
      context.risingSignals(),
      bottleneckPart(svc, b, 'weekly'),
      bottleneckPart(svc, b, 'backlog'),
      bottleneckPart(svc, b, 'leadTimes'),
      bottleneckPart(svc, b, 'firstResponses'),
      bottleneckPart(svc, b, 'statusTimes'),
      bottleneckPart(svc, b, 'serviceLevels'),
      bottleneckPart(svc, b, 'waits'),
      context.policyHotspots(),
      context.warningSigns(),
      context.staffLoad(),
      context.complaintFunnel(),
      context.impacts(),
      context.actions(),
      context.reconciliations(),
      // Stored per review period: the filter narrows the figures, not the meeting's decisions.
      this.notes.find(input.from, input.to),
    ]);
    return {
      period: pack.period,
      comparisonPeriod: pack.comparisonPeriod,
      generatedAt: pack.generatedAt,
      kpis,
      reconciliations,
      trends,
      rising,
      flow: { weekly, backlog, leadTimes, firstResponses, ...statusTimes, serviceLevels, waits },
      hotspots,
      warnings,
      staffLoad,
      funnel,
      impacts,
      actions,
      notes: notes && {
        text: notes.text,
        savedBy: notes.updatedBy?.displayName ?? null,
        savedAt: notes.updatedAt,
        version: notes.version,
      },
    };
  }

  async export(input: ReviewPackExportInput): Promise<ExportFile> {
    const data = await this.data(input);
    const name = `fulcrum-review-${data.period.from}-to-${data.period.to}`;
    if (input.format === ExportFormat.CSV) {
      const csv = reviewCsv(data);
      return {
        filename: `${name}.csv`,
        contentType: 'text/csv',
        content: csv.content,
        rows: csv.rows,
        truncated: false,
      };
    }
    const markdown = reviewMarkdown(data);
    return {
      filename: `${name}.md`,
      contentType: 'text/markdown',
      content: markdown,
      rows: markdown.split('\n').filter((line) => line.startsWith('## ')).length,
      truncated: false,
    };
  }
}

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { AnalysisJob } from './analysis-job.entity';
import { JobStatus } from './analysis.enums';
import { AnalyzerService } from './analyzer.service';

/** Queues re-analysis of history when what the analysis depends on changes. */
@Injectable()
export class ReanalysisService {
  constructor(
    @InjectRepository(AnalysisJob) private readonly jobs: Repository<AnalysisJob>,
    private readonly analyzers: AnalyzerService,
  ) {}

  /**
   * The taxonomy, policies or models changed: use the new configuration from now on and
   * re-analyse everything. A job still waiting to start covers the new change too.
   */
  async configurationChanged(reason: string): Promise<AnalysisJob> {
    this.analyzers.invalidate();
    const waiting = await this.jobs.findOne({
      where: { status: JobStatus.QUEUED },
      order: { createdAt: 'ASC' },
    });
    if (waiting) {
      if (!waiting.reason.includes(reason))
        waiting.reason = `${waiting.reason}; ${reason}`.slice(0, 500);
      return this.jobs.save(waiting);
    }
    return this.jobs.save(this.jobs.create({ reason }));
  }

  recent(limit = 20): Promise<AnalysisJob[]> {
    return this.jobs.find({ order: { createdAt: 'DESC' }, take: limit });
  }

  async cancelOpen(): Promise<number> {
    const result = await this.jobs.update(
      { status: In([JobStatus.QUEUED, JobStatus.RUNNING]) },
      { status: JobStatus.CANCELLED, finishedAt: new Date(), leasedBy: null },
    );
    return result.affected ?? 0;
  }
}

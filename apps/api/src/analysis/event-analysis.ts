import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type EventText, EventTextAnalysis } from '../items/event-text-analysis';
import { analyseEvents } from './analyse-texts';
import { AnalyzerService } from './analyzer.service';

/** The organisation's analyzer, looking at timeline entries as items record them. */
@Injectable()
export class EventAnalysis implements EventTextAnalysis {
  constructor(private readonly analyzers: AnalyzerService) {}

  async prepare() {
    const built = await this.analyzers.get();
    return (manager: EntityManager, events: readonly EventText[]) =>
      analyseEvents(manager, built, events);
  }
}

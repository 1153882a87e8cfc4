import type { SignTrainingExample, WarningSign } from '@fulcrum/analysis';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { invalidField } from '../common/domain-error';
import type { AnalysisModel } from './analysis-model.entity';
import { ModelKind } from './analysis.enums';
import { ModelStore } from './model-store';
import { trainInWorker } from './training-task';

const MAX_CORRECTIONS = 50_000;

interface VerdictRow {
  type: WarningSign;
  verdict: 'confirmed' | 'rejected';
  writer: 'customer' | 'staff';
  evidence: string[];
}

/**
 * Training sentences from people's latest verdicts: each flagged quote is an example of the
 * signs confirmed on it, or of no sign when every verdict on it was a rejection. Pure.
 */
export function examplesFromVerdicts(rows: readonly VerdictRow[]): SignTrainingExample[] {
  const byQuote = new Map<string, SignTrainingExample & { signs: WarningSign[] }>();
  for (const row of rows) {
    for (const text of row.evidence) {
      const key = `${row.writer}\u0000${text}`;
      const example = byQuote.get(key) ?? { text, writer: row.writer, signs: [] };
      if (row.verdict === 'confirmed' && !example.signs.includes(row.type))
        example.signs.push(row.type);
      byQuote.set(key, example);
    }
  }
  return [...byQuote.values()];
}

/**
 * Trains the next warning-sign model: the shipped labelled sentences plus the flags people
 * confirmed or rejected, off the event loop; stored as a model of kind `sign`, active on request.
 */
@Injectable()
export class SignTrainingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: ModelStore,
  ) {}

  async train(activate: boolean): Promise<AnalysisModel> {
    const rows = await this.dataSource.query<VerdictRow[]>(
      `SELECT type, verdict, writer, evidence FROM (
         SELECT DISTINCT ON (item_id, type) type, verdict, writer, evidence
           FROM flag_corrections ORDER BY item_id, type, corrected_at DESC, id
       ) latest LIMIT ${MAX_CORRECTIONS}`,
    );
    const examples = examplesFromVerdicts(rows);
    if (examples.length === 0)
      throw invalidField(
        'corrections',
        'enoughExamples',
        'training a sign model needs at least one confirmed or rejected flag (review flags on items first)',
      );
    const trained = await trainInWorker({ kind: 'sign', examples });
    return this.store.save(ModelKind.SIGN, trained, examples.length, activate);
  }
}

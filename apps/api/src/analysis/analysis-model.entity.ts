import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  VirtualColumn,
} from 'typeorm';
import { ModelKind } from './analysis.enums';

/** A trained model, stored whole; at most one per kind is active. */
@ObjectType()
@Entity('analysis_models')
@Index('analysis_models_version_unique', ['version'], { unique: true })
@Index('analysis_models_one_active', ['kind'], { unique: true, where: '"active"' })
export class AnalysisModel {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ModelKind)
  @Column({ type: 'enum', enum: ModelKind, enumName: 'model_kind' })
  kind: ModelKind;

  @Field()
  @Column({ type: 'text' })
  version: string;

  @Field()
  @Column({ type: 'boolean', default: false })
  active: boolean;

  @Field(() => Int, { description: 'Labelled examples it learned from.' })
  @Column({ type: 'int' })
  exampleCount: number;

  /** Cross-validated quality at training time (accuracy, macro-F1). */
  @Column({ type: 'jsonb', nullable: true })
  metrics: Record<string, number> | null;

  @Column({ type: 'jsonb' })
  model: unknown;

  /** The feature set the stored model was trained on (null: stored before models were stamped). */
  @VirtualColumn({
    type: 'int',
    query: (alias) => `SELECT (${alias}."model"->>'featureVersion')::int`,
  })
  featureVersion: number | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  trainedAt: Date;
}

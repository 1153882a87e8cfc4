import { Module } from '@nestjs/common';
import { AttentionWritesResolver } from './attention-writes.resolver';
import { AttentionWritesService } from './attention-writes.service';

/** Owners of neglected items and the outcomes of escalations; the reads are insights/attention. */
@Module({ providers: [AttentionWritesService, AttentionWritesResolver] })
export class AttentionModule {}

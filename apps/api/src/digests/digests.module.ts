import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { User } from '../auth/user.entity';
import { InsightsModule } from '../insights/insights.module';
import { MailModule } from '../mail/mail.module';
import { Digest } from './digest.entity';
import { DigestScheduler } from './digest-scheduler';
import { DigestSubscription } from './digest-subscription.entity';
import { DigestsResolver } from './digests.resolver';
import { DigestsService } from './digests.service';

/** The scheduled review digest: subscriptions, the run that sends them, and past digests. */
@Module({
  imports: [
    TypeOrmModule.forFeature([DigestSubscription, Digest, User]),
    InsightsModule,
    MailModule,
  ],
  providers: [DigestsService, DigestScheduler, DigestsResolver],
})
export class DigestsModule {}

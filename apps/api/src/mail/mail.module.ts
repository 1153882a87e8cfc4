import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailMessage } from './mail-message.entity';
import { MailService } from './mail.service';

/** Outgoing e-mail (SMTP or the outbox), for the digests and, later, the alerts. */
@Module({
  imports: [TypeOrmModule.forFeature([MailMessage])],
  providers: [MailService],
  exports: [MailService],
})
export class MailModule {}

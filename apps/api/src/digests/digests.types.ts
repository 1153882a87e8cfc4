import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PeriodRange } from '../insights/read-model/scope.types';
import { MailTransport } from '../mail/mail-message.entity';
import { DigestFrequency } from './digest-period';

registerEnumType(MailTransport, {
  name: 'MailTransport',
  valuesMap: {
    SMTP: { description: 'Sent through the configured SMTP server.' },
    OUTBOX: {
      description: 'No SMTP server configured: kept in the outbox (here and as an .eml file).',
    },
  },
});

@ObjectType({ description: "The signed-in manager's review digest subscription." })
export class DigestSubscriptionView {
  @Field({ description: 'Whether digests are sent.' })
  enabled: boolean;

  @Field(() => DigestFrequency)
  frequency: DigestFrequency;

  @Field({ description: 'Where they go: the account’s e-mail address.' })
  email: string;

  @Field(() => MailTransport, { description: 'How mail leaves this deployment now.' })
  transport: MailTransport;

  @Field(() => PeriodRange, {
    description:
      'The latest ended period at this frequency: what the next digest reports unless it was sent.',
  })
  latestPeriod: PeriodRange;
}

@ObjectType({ description: 'A digest sent (or put in the outbox) for the signed-in manager.' })
export class DigestSummary {
  @Field(() => ID)
  id: string;

  @Field(() => DigestFrequency)
  frequency: DigestFrequency;

  @Field(() => PeriodRange)
  period: PeriodRange;

  @Field()
  subject: string;

  @Field()
  recipient: string;

  @Field(() => MailTransport)
  transport: MailTransport;

  @Field()
  sentAt: Date;
}

@ObjectType({ description: 'One digest with its text and HTML, as it was sent.' })
export class DigestMessage extends DigestSummary {
  @Field()
  text: string;

  @Field({ description: 'The HTML body; show it sandboxed (it is mail, not a page).' })
  html: string;
}

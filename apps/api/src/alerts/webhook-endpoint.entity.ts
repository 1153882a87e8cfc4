import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Timestamped } from '../database/timestamps';
import { WebhookFormat } from './alert.enums';

@ObjectType({
  description:
    'Where alerts are posted, signed with the endpoint’s secret (shown once, at creation; afterwards only its hint).',
})
@Entity('webhook_endpoints')
export class WebhookEndpoint extends Timestamped {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field()
  @Column({ type: 'text' })
  url: string;

  @Field(() => WebhookFormat)
  @Column({ type: 'enum', enum: WebhookFormat, enumName: 'webhook_format' })
  format: WebhookFormat;

  // Never a GraphQL field: the HMAC key, returned only by createWebhookEndpoint.
  @Column({ type: 'text' })
  secret: string;

  @Field({ description: 'The last characters of the secret, to tell secrets apart.' })
  @Column({ type: 'text' })
  secretHint: string;

  @Field()
  @Column({ type: 'boolean', default: true })
  enabled: boolean;
}

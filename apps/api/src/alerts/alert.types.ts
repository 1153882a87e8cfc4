import { Field, Int, ObjectType } from '@nestjs/graphql';
import { AlertNotification } from './alert-notification.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';

@ObjectType({
  description: 'A new endpoint and its signing secret: the only time the secret is shown.',
})
export class CreatedWebhookEndpoint {
  @Field(() => WebhookEndpoint)
  endpoint: WebhookEndpoint;

  @Field({
    description: 'Keep it now: verify X-Fulcrum-Signature with it. It is never shown again.',
  })
  secret: string;
}

@ObjectType()
export class Notifications {
  @Field(() => Int, { description: 'The caller’s unread notifications, all of them.' })
  unread: number;

  @Field(() => [AlertNotification], { description: 'Newest first.' })
  items: AlertNotification[];
}

@ObjectType()
export class AlertEvaluation {
  @Field(() => Int, { description: 'Enabled rules judged.' })
  rules: number;

  @Field(() => Int, { description: 'Conditions that started to hold, each fired once.' })
  fired: number;
}

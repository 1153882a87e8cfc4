import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InsightsModule } from '../insights/insights.module';
import { MailModule } from '../mail/mail.module';
import { AlertConditionsService } from './alert-conditions.service';
import { AlertDelivery } from './alert-delivery.entity';
import { AlertDeliveryResolver } from './alert-delivery.resolver';
import { AlertEvaluator } from './alert-evaluator';
import { AlertNotification } from './alert-notification.entity';
import { AlertRule } from './alert-rule.entity';
import { AlertsResolver } from './alerts.resolver';
import { AlertsScheduler } from './alerts.scheduler';
import { AlertsService } from './alerts.service';
import { DeliveryWorker } from './delivery.worker';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { RESOLVE_HOST, resolveHost, WebhookGuard } from './webhook-guard';
import { WebhookSender } from './webhook-sender';

@Module({
  imports: [
    TypeOrmModule.forFeature([AlertRule, WebhookEndpoint, AlertDelivery, AlertNotification]),
    InsightsModule,
    MailModule,
  ],
  providers: [
    AlertsService,
    AlertsResolver,
    AlertDeliveryResolver,
    AlertConditionsService,
    AlertEvaluator,
    DeliveryWorker,
    WebhookSender,
    WebhookGuard,
    { provide: RESOLVE_HOST, useValue: resolveHost },
    AlertsScheduler,
  ],
})
export class AlertsModule {}

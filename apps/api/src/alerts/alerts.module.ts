import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InsightsModule } from '../insights/insights.module';
import { AlertConditionsService } from './alert-conditions.service';
import { AlertDelivery } from './alert-delivery.entity';
import { AlertEvaluator } from './alert-evaluator';
import { ALERT_MAIL_SENDER, UnconfiguredMailSender } from './alert-mail-sender';
import { AlertNotification } from './alert-notification.entity';
import { AlertRule } from './alert-rule.entity';
import { AlertsResolver } from './alerts.resolver';
import { AlertsScheduler } from './alerts.scheduler';
import { AlertsService } from './alerts.service';
import { DeliveryWorker } from './delivery.worker';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { WebhookSender } from './webhook-sender';

@Module({
  imports: [
    TypeOrmModule.forFeature([AlertRule, WebhookEndpoint, AlertDelivery, AlertNotification]),
    InsightsModule,
  ],
  providers: [
    AlertsService,
    AlertsResolver,
    AlertConditionsService,
    AlertEvaluator,
    DeliveryWorker,
    WebhookSender,
    AlertsScheduler,
    // Replaced by the mail module's sender when it is wired in (see README, Alerts).
    { provide: ALERT_MAIL_SENDER, useClass: UnconfiguredMailSender },
  ],
})
export class AlertsModule {}

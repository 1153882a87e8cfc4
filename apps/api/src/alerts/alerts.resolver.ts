import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { MANAGERS, ORGANISERS } from '../auth/role-groups';
import { IdInput } from '../common/id.input';
import { AlertDelivery } from './alert-delivery.entity';
import { AlertEvaluator } from './alert-evaluator';
import { AlertRule } from './alert-rule.entity';
import { AlertEvaluation, CreatedWebhookEndpoint, Notifications } from './alert.types';
import { AlertsService } from './alerts.service';
import {
  AlertDeliveriesInput,
  CreateAlertRuleInput,
  CreateWebhookEndpointInput,
  MarkNotificationsReadInput,
  NotificationsInput,
  UpdateAlertRuleInput,
  UpdateWebhookEndpointInput,
} from './dto/alert.inputs';
import { WebhookEndpoint } from './webhook-endpoint.entity';

// Endpoints and the delivery log are configuration: admins wire integrations. What an alert
// says is insight figures (warning signs include staff turnover, sick leave and overwhelm), which
// are the managers': so only managers write rules (a rule decides what is sent, and where), read
// an alert's content in the log (AlertDeliveryResolver) and receive notifications.
@Resolver()
export class AlertsResolver {
  constructor(
    private readonly alerts: AlertsService,
    private readonly evaluator: AlertEvaluator,
  ) {}

  @Roles(ORGANISERS)
  @Query(() => [AlertRule])
  alertRules(): Promise<AlertRule[]> {
    return this.alerts.listRules();
  }

  @Roles(MANAGERS)
  @Mutation(() => AlertRule)
  createAlertRule(@Args('input') input: CreateAlertRuleInput): Promise<AlertRule> {
    return this.alerts.createRule(input);
  }

  @Roles(MANAGERS)
  @Mutation(() => AlertRule, { description: 'Edit a rule; enabled: false disables it.' })
  updateAlertRule(@Args('input') input: UpdateAlertRuleInput): Promise<AlertRule> {
    return this.alerts.updateRule(input);
  }

  @Roles(MANAGERS)
  @Mutation(() => ID, {
    description:
      'Delete a rule with its history: its alerts, their notifications and deliveries (disable it to keep them). Answers the id.',
  })
  deleteAlertRule(@Args('input') input: IdInput): Promise<string> {
    return this.alerts.deleteRule(input.id);
  }

  @Roles(ORGANISERS)
  @Mutation(() => AlertEvaluation, {
    description: 'Judge every enabled rule now (the schedule does it every few minutes).',
  })
  evaluateAlertRules(): Promise<AlertEvaluation> {
    return this.evaluator.evaluate();
  }

  @Roles(ORGANISERS)
  @Query(() => [WebhookEndpoint])
  webhookEndpoints(): Promise<WebhookEndpoint[]> {
    return this.alerts.listEndpoints();
  }

  @Roles(ORGANISERS)
  @Mutation(() => CreatedWebhookEndpoint)
  createWebhookEndpoint(
    @Args('input') input: CreateWebhookEndpointInput,
  ): Promise<CreatedWebhookEndpoint> {
    return this.alerts.createEndpoint(input);
  }

  @Roles(ORGANISERS)
  @Mutation(() => WebhookEndpoint, { description: 'Edit an endpoint; enabled: false disables it.' })
  updateWebhookEndpoint(
    @Args('input') input: UpdateWebhookEndpointInput,
  ): Promise<WebhookEndpoint> {
    return this.alerts.updateEndpoint(input);
  }

  @Roles(ORGANISERS)
  @Mutation(() => ID, {
    description:
      'Delete an endpoint: rules stop naming it, its deliveries stay in the log under its name, those waiting fail. Answers the id.',
  })
  deleteWebhookEndpoint(@Args('input') input: IdInput): Promise<string> {
    return this.alerts.deleteEndpoint(input.id);
  }

  @Roles(ORGANISERS)
  @Query(() => [AlertDelivery], { description: 'The delivery log, newest first.' })
  alertDeliveries(@Args('input') input: AlertDeliveriesInput): Promise<AlertDelivery[]> {
    return this.alerts.listDeliveries(input);
  }

  @Roles(ORGANISERS)
  @Mutation(() => AlertDelivery, {
    description: 'Send a delivery again (a new delivery, due now).',
  })
  replayAlertDelivery(@Args('input') input: IdInput): Promise<AlertDelivery> {
    return this.alerts.replayDelivery(input.id);
  }

  @Roles(MANAGERS)
  @Query(() => Notifications, { description: 'The caller’s alert notifications.' })
  notifications(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: NotificationsInput,
  ): Promise<Notifications> {
    return this.alerts.notificationsOf(principal.id, input);
  }

  @Roles(MANAGERS)
  @Mutation(() => Int, { description: 'Marks notifications read; answers how many changed.' })
  markNotificationsRead(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: MarkNotificationsReadInput,
  ): Promise<number> {
    return this.alerts.markRead(principal.id, input);
  }
}

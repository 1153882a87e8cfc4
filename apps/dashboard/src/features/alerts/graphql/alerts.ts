import { graphql } from '../../../graphql/generated';

export const AlertRulesDocument = graphql(`
  query AlertRules {
    alertRules {
      id
      name
      kind
      sign
      dimension
      threshold
      windowDays
      enabled
      notifyInApp
      emailTo
      endpointIds
    }
  }
`);

export const CreateAlertRuleDocument = graphql(`
  mutation CreateAlertRule($input: CreateAlertRuleInput!) {
    createAlertRule(input: $input) {
      id
    }
  }
`);

export const UpdateAlertRuleDocument = graphql(`
  mutation UpdateAlertRule($input: UpdateAlertRuleInput!) {
    updateAlertRule(input: $input) {
      id
      name
      enabled
    }
  }
`);

export const DeleteAlertRuleDocument = graphql(`
  mutation DeleteAlertRule($input: IdInput!) {
    deleteAlertRule(input: $input)
  }
`);

export const EvaluateAlertRulesDocument = graphql(`
  mutation EvaluateAlertRules {
    evaluateAlertRules {
      rules
      fired
    }
  }
`);

export const WebhookEndpointsDocument = graphql(`
  query WebhookEndpoints {
    webhookEndpoints {
      id
      name
      url
      format
      secretHint
      enabled
    }
  }
`);

export const CreateWebhookEndpointDocument = graphql(`
  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
      endpoint {
        id
        name
      }
    }
  }
`);

export const UpdateWebhookEndpointDocument = graphql(`
  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(input: $input) {
      id
      name
      url
      format
      enabled
    }
  }
`);

export const DeleteWebhookEndpointDocument = graphql(`
  mutation DeleteWebhookEndpoint($input: IdInput!) {
    deleteWebhookEndpoint(input: $input)
  }
`);

export const AlertDeliveriesDocument = graphql(`
  query AlertDeliveries($input: AlertDeliveriesInput!) {
    alertDeliveries(input: $input) {
      id
      channel
      status
      emailTo
      replayOf
      nextAttemptAt
      createdAt
      ruleName
      endpointName
      endpoint {
        id
        name
      }
      event {
        id
        title
        firedAt
      }
      attempts {
        at
        statusCode
        error
        durationMs
      }
    }
  }
`);

export const ReplayAlertDeliveryDocument = graphql(`
  mutation ReplayAlertDelivery($input: IdInput!) {
    replayAlertDelivery(input: $input) {
      id
    }
  }
`);

export const NotificationsDocument = graphql(`
  query Notifications($input: NotificationsInput!) {
    notifications(input: $input) {
      unread
      items {
        id
        readAt
        event {
          id
          title
          message
          link
          firedAt
        }
      }
    }
  }
`);

export const MarkNotificationsReadDocument = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input)
  }
`);

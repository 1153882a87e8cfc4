// The baseline's tables for closing the loop (issue 15): owners of neglected items and the
// outcomes of escalations, review digests and the mail they went out as, and alerts with their
// webhook deliveries. Constraint names are the ones the entities were first generated with.

import { fk, ID, TIMESTAMPS } from './ddl';

export const LOOP_TYPES: [string, string[]][] = [
  ['escalation_outcome_kind', ['resolved', 'returned']],
  ['alert_rule_kind', ['warning_sign', 'rising', 'backlog', 'sla_breaches']],
  ['webhook_format', ['json', 'slack', 'teams']],
  ['delivery_channel', ['webhook', 'email']],
  ['delivery_status', ['pending', 'retrying', 'delivered', 'failed']],
];

/** Tables in creation order, after the core tables they reference. */
export const LOOP_TABLES: [string, string][] = [
  [
    // the one person a manager made answerable for an item that needs attention
    'item_owners',
    `"item_id" uuid NOT NULL, "owner_id" uuid NOT NULL, "assigned_by_id" uuid,
     "assigned_at" timestamptz NOT NULL DEFAULT now(),
     CONSTRAINT "item_owners_pkey" PRIMARY KEY ("item_id"),
     ${fk('item_owners_item_id_fkey', 'item_id', 'items', 'CASCADE')},
     ${fk('item_owners_owner_id_fkey', 'owner_id', 'users', 'CASCADE')},
     ${fk('item_owners_assigned_by_id_fkey', 'assigned_by_id', 'users', 'SET NULL')}`,
  ],
  [
    'escalation_outcomes',
    `"event_id" uuid NOT NULL, "outcome" escalation_outcome_kind NOT NULL,
     "decided_at" timestamptz NOT NULL, "recorded_by_id" uuid,
     CONSTRAINT "escalation_outcomes_pkey" PRIMARY KEY ("event_id"),
     ${fk('escalation_outcomes_event_id_fkey', 'event_id', 'item_events', 'CASCADE')},
     ${fk('escalation_outcomes_recorded_by_id_fkey', 'recorded_by_id', 'users', 'SET NULL')}`,
  ],
  [
    // every mail sent, by SMTP or to the outbox of a local start
    'mail_messages',
    `${ID}, "recipient" text NOT NULL, "subject" text NOT NULL, "text" text NOT NULL,
     "html" text NOT NULL, "transport" text NOT NULL, "message_id" text NOT NULL, "eml_path" text,
     "created_at" timestamptz NOT NULL DEFAULT now(),
     CONSTRAINT "mail_messages_transport_known" CHECK ("transport" IN ('smtp', 'outbox')),
     CONSTRAINT "mail_messages_pkey" PRIMARY KEY ("id")`,
  ],
  [
    // unique per reader and period: a period goes out once across replicas
    'digests',
    `${ID}, "user_id" uuid NOT NULL, "frequency" text NOT NULL, "period_from" date NOT NULL,
     "period_to" date NOT NULL, "mail_message_id" uuid, "created_at" timestamptz NOT NULL DEFAULT now(),
     CONSTRAINT "digests_once_per_period" UNIQUE ("user_id", "frequency", "period_from"),
     CONSTRAINT "digests_period_ordered" CHECK ("period_to" > "period_from"),
     CONSTRAINT "digests_frequency_known" CHECK ("frequency" IN ('weekly', 'monthly')),
     CONSTRAINT "digests_pkey" PRIMARY KEY ("id"),
     ${fk('digests_user_fkey', 'user_id', 'users', 'CASCADE')},
     ${fk('digests_mail_message_fkey', 'mail_message_id', 'mail_messages', 'SET NULL')}`,
  ],
  [
    'digest_subscriptions',
    `"user_id" uuid NOT NULL, "frequency" text NOT NULL, "enabled" boolean NOT NULL, ${TIMESTAMPS},
     CONSTRAINT "digest_subscriptions_frequency_known" CHECK ("frequency" IN ('weekly', 'monthly')),
     CONSTRAINT "digest_subscriptions_pkey" PRIMARY KEY ("user_id"),
     ${fk('digest_subscriptions_user_fkey', 'user_id', 'users', 'CASCADE')}`,
  ],
  [
    'alert_rules',
    `${TIMESTAMPS}, ${ID}, "name" text NOT NULL, "kind" alert_rule_kind NOT NULL, "sign" text,
     "dimension" text, "threshold" integer, "window_days" integer NOT NULL DEFAULT '28',
     "enabled" boolean NOT NULL DEFAULT true, "notify_in_app" boolean NOT NULL DEFAULT true,
     "email_to" text array NOT NULL DEFAULT '{}', "endpoint_ids" uuid array NOT NULL DEFAULT '{}',
     CONSTRAINT "alert_rules_window_days" CHECK ("window_days" BETWEEN 1 AND 366),
     CONSTRAINT "PK_ae580564f087ffab9d229225aec" PRIMARY KEY ("id")`,
  ],
  [
    // per rule and subject whether the condition held, so a rule fires once per entry
    'alert_conditions',
    `"rule_id" uuid NOT NULL, "subject_key" text NOT NULL, "holds" boolean NOT NULL,
     "changed_at" timestamptz NOT NULL,
     CONSTRAINT "PK_65d5a9de4084c8b8fab85e4af43" PRIMARY KEY ("rule_id", "subject_key"),
     ${fk('FK_bb34116a8c3b84449fff09af252', 'rule_id', 'alert_rules', 'CASCADE')}`,
  ],
  [
    'alert_events',
    `${ID}, "rule_id" uuid NOT NULL, "subject_key" text NOT NULL, "title" text NOT NULL,
     "message" text NOT NULL, "value" double precision, "link" text NOT NULL,
     "fired_at" timestamptz NOT NULL, "created_at" timestamptz NOT NULL DEFAULT now(),
     CONSTRAINT "PK_f8dd833a0534d3a01e8d01e3bca" PRIMARY KEY ("id"),
     ${fk('FK_4dcf17dcbb43a989b7c8ab0b395', 'rule_id', 'alert_rules', 'CASCADE')}`,
  ],
  [
    'webhook_endpoints',
    `${TIMESTAMPS}, ${ID}, "name" text NOT NULL, "url" text NOT NULL, "format" webhook_format NOT NULL,
     "secret" text NOT NULL, "secret_hint" text NOT NULL, "enabled" boolean NOT NULL DEFAULT true,
     CONSTRAINT "PK_054c4cfb95223732f5939d2d546" PRIMARY KEY ("id")`,
  ],
  [
    // the delivery queue and its attempt log, replayable; a deleted endpoint's deliveries stay, by name
    'alert_deliveries',
    `${ID}, "event_id" uuid NOT NULL, "channel" delivery_channel NOT NULL, "endpoint_id" uuid,
     "email_to" text, "status" delivery_status NOT NULL, "next_attempt_at" timestamptz,
     "replay_of" uuid, "attempt_log" jsonb NOT NULL DEFAULT '[]',
     "created_at" timestamptz NOT NULL DEFAULT now(), "endpoint_name" text,
     CONSTRAINT "PK_b3d51c95891264fb62df41582ad" PRIMARY KEY ("id"),
     ${fk('FK_f5cfabea119e84782825c1a1e62', 'event_id', 'alert_events', 'CASCADE')},
     ${fk('FK_94fb5d1ec8d6c435f72d62e4ae6', 'endpoint_id', 'webhook_endpoints', 'SET NULL')}`,
  ],
  [
    'alert_notifications',
    `${ID}, "user_id" uuid NOT NULL, "event_id" uuid NOT NULL, "read_at" timestamptz,
     CONSTRAINT "PK_4e0b86df24774d1111c4a02b9c9" PRIMARY KEY ("id"),
     ${fk('FK_2b072778a7b2dc064ca62f4dddc', 'user_id', 'users', 'CASCADE')},
     ${fk('FK_dc9e1ad784651d6cfa36ffdbc97', 'event_id', 'alert_events', 'CASCADE')}`,
  ],
];

export const LOOP_INDEXES = [
  'CREATE INDEX "alert_events_fired_at" ON "alert_events" ("fired_at")',
  `CREATE INDEX "alert_deliveries_due" ON "alert_deliveries" ("next_attempt_at") WHERE status IN ('pending', 'retrying')`,
  'CREATE UNIQUE INDEX "alert_notifications_user_event" ON "alert_notifications" ("user_id", "event_id")',
];

// The baseline's tables outside the insight aggregates: the organisation, users and access,
// items and their timelines, text analysis and its corrections, staff pulse, the review notes
// and the demo's load progress (and, from loop-schema.ts, what issue 15 added). Constraint names
// are the ones the entities were first generated with; frozen with the baseline.

import { fk, ID, TIMESTAMPS } from './ddl';
import { LOOP_INDEXES, LOOP_TABLES, LOOP_TYPES } from './loop-schema';

export const ENUM_TYPES: [string, string[]][] = [
  ['action_status', ['planned', 'in_progress', 'done', 'abandoned']],
  ['role', ['admin', 'manager', 'process_owner', 'staff', 'integrator']],
  ['item_kind', ['request', 'complaint', 'feedback', 'compliment']],
  ['item_source', ['external_customer', 'internal_customer', 'staff']],
  ['channel', ['email', 'phone', 'web_form', 'chat', 'in_person', 'social', 'letter']],
  ['priority', ['low', 'normal', 'high', 'urgent']],
  [
    'item_status',
    ['new', 'in_progress', 'waiting_on_customer', 'waiting_internal', 'resolved', 'closed'],
  ],
  ['viability_decision', ['accepted', 'soft_no', 'hard_no', 'referred', 'escalated']],
  [
    'item_event_type',
    [
      'status_changed',
      'staff_reply',
      'escalated',
      'exception_granted',
      'exception_refused',
      'follow_up',
      'satisfaction_check',
    ],
  ],
  ['staffing_event_type', ['hire', 'departure', 'sick_leave']],
  ['job_status', ['queued', 'running', 'done', 'failed', 'cancelled']],
  ['model_kind', ['theme', 'sentiment', 'sign']],
  ['analysis_status', ['done', 'failed']],
  ['sentiment_label', ['negative', 'neutral', 'positive', 'mixed']],
  // The order gives each flag its bit in insight_flag_bit: append, never reorder.
  [
    'flag_type',
    [
      'excuse',
      'blame',
      'policy-friction',
      'runaround',
      'overload',
      'churn-risk',
      'escalation',
      'delay',
      'staff-conduct',
      'protocol-apology',
      'protocol-options',
      'protocol-follow-through',
      'protocol-satisfaction-check',
      'protocol-feedback-request',
    ],
  ],
  ['theme_origin', ['analysis', 'correction']],
  ['flag_verdict', ['confirmed', 'rejected']],
  ...LOOP_TYPES,
];

/** Tables in creation order (each after the tables it references), dropped in reverse. */
export const CORE_TABLES: [string, string][] = [
  [
    'teams',
    `${TIMESTAMPS}, ${ID}, "name" text NOT NULL, "description" text, "staff_count" integer NOT NULL,
     CONSTRAINT "teams_staff_count_non_negative" CHECK ("staff_count" >= 0),
     CONSTRAINT "PK_7e5523774a38b08a6236d322403" PRIMARY KEY ("id")`,
  ],
  [
    'policies',
    `${TIMESTAMPS}, ${ID}, "name" text NOT NULL, "description" text, "owner" text, "aliases" text[] NOT NULL DEFAULT '{}',
     CONSTRAINT "PK_603e09f183df0108d8695c57e28" PRIMARY KEY ("id")`,
  ],
  [
    'themes',
    `${TIMESTAMPS}, ${ID}, "name" text NOT NULL, "description" text, "keywords" text[] NOT NULL DEFAULT '{}',
     CONSTRAINT "PK_ddbeaab913c18682e5c88155592" PRIMARY KEY ("id")`,
  ],
  [
    'improvement_actions',
    `${TIMESTAMPS}, ${ID}, "title" text NOT NULL, "description" text, "owner" text NOT NULL,
     "policy_id" uuid, "theme_id" uuid, "team_id" uuid, "status" action_status NOT NULL DEFAULT 'planned',
     "started_on" date, "done_on" date,
     CONSTRAINT "improvement_actions_dates_ordered" CHECK ("done_on" IS NULL OR "started_on" IS NULL OR "done_on" >= "started_on"),
     CONSTRAINT "PK_8195d6d47bd8272dfb15513f9b8" PRIMARY KEY ("id"),
     ${fk('FK_52ef84804ac09c9e382b92137b4', 'policy_id', 'policies', 'RESTRICT')},
     ${fk('FK_c2f5b17851bed4e2cce4e1ba339', 'theme_id', 'themes', 'RESTRICT')},
     ${fk('FK_69910cff1b835e3411ce70d60bd', 'team_id', 'teams', 'RESTRICT')}`,
  ],
  [
    'users',
    `${TIMESTAMPS}, ${ID}, "email" text NOT NULL, "display_name" text NOT NULL, "role" role NOT NULL,
     "team_id" uuid, "active" boolean NOT NULL DEFAULT true, "password_hash" text NOT NULL,
     CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"),
     ${fk('FK_1208ee1db5ddb64b48a86b46a61', 'team_id', 'teams', 'SET NULL')}`,
  ],
  [
    'api_keys',
    `${ID}, "name" text NOT NULL, "prefix" text NOT NULL, "key_hash" text NOT NULL, "created_by_id" uuid,
     "created_at" timestamptz NOT NULL DEFAULT now(), "last_used_at" timestamptz, "revoked_at" timestamptz,
     CONSTRAINT "PK_5c8a79801b44bd27b79228e1dad" PRIMARY KEY ("id"),
     ${fk('FK_3afd227c6cb003779abe2a88b4e', 'created_by_id', 'users', 'SET NULL')}`,
  ],
  [
    'user_sessions',
    `${ID}, "user_id" uuid NOT NULL, "created_at" timestamptz NOT NULL, "expires_at" timestamptz NOT NULL,
     "revoked_at" timestamptz,
     CONSTRAINT "user_sessions_pkey" PRIMARY KEY ("id"),
     ${fk('user_sessions_user_id_fkey', 'user_id', 'users', 'CASCADE')}`,
  ],
  [
    'login_throttles',
    `"account_key" text NOT NULL, "failures" integer NOT NULL, "last_attempt_at" timestamptz NOT NULL,
     "locked_until" timestamptz,
     CONSTRAINT "login_throttles_pkey" PRIMARY KEY ("account_key")`,
  ],
  [
    'items',
    // anonymous: a staff report whose author chose anonymity keeps only its day (triggers below)
    `${ID}, "kind" item_kind NOT NULL, "source" item_source NOT NULL, "channel" channel NOT NULL,
     "team_id" uuid, "policy_id" uuid, "text" text NOT NULL, "customer_ref" text,
     "priority" priority NOT NULL DEFAULT 'normal', "status" item_status NOT NULL DEFAULT 'new',
     "viability" viability_decision, "satisfaction" smallint, "received_at" timestamptz NOT NULL,
     "first_response_at" timestamptz, "resolved_at" timestamptz, "closed_at" timestamptz,
     "external_id" text, "external_source" text, "recorded_by_id" uuid,
     "created_at" timestamptz NOT NULL DEFAULT now(), "recorded_by_api_key_id" uuid,
     "anonymous" boolean NOT NULL DEFAULT false,
     CONSTRAINT "items_external_pair" CHECK (("external_id" IS NULL) = ("external_source" IS NULL)),
     CONSTRAINT "items_satisfaction_range" CHECK ("satisfaction" BETWEEN 1 AND 5),
     CONSTRAINT "PK_ba5885359424c15ca6b9e79bcf6" PRIMARY KEY ("id"),
     ${fk('FK_adce7340c25acb4ff9e116f9e2e', 'team_id', 'teams', 'RESTRICT')},
     ${fk('FK_d1018530292dc10f6f2a7abfe20', 'policy_id', 'policies', 'RESTRICT')},
     ${fk('FK_282fc5319c45b31cf282c3a36c9', 'recorded_by_id', 'users', 'SET NULL')},
     ${fk('items_recorded_by_api_key_id_fkey', 'recorded_by_api_key_id', 'api_keys', 'SET NULL')}`,
  ],
  [
    'item_events',
    `${ID}, "item_id" uuid NOT NULL, "type" item_event_type NOT NULL, "occurred_at" timestamptz NOT NULL,
     "status" item_status, "text" text, "escalated_to" text, "policy_id" uuid, "satisfaction" smallint,
     "actor_id" uuid, "created_at" timestamptz NOT NULL DEFAULT now(), "escalated_to_team_id" uuid,
     CONSTRAINT "item_events_satisfaction_range" CHECK ("satisfaction" BETWEEN 1 AND 5),
     CONSTRAINT "PK_b6d5f82a7f54a33cab0e464bbc2" PRIMARY KEY ("id"),
     ${fk('FK_8896f5f4e70ace6250ed7234437', 'item_id', 'items', 'CASCADE')},
     ${fk('FK_ae82a6bc66bc07141fdf8b8b89f', 'policy_id', 'policies', 'RESTRICT')},
     ${fk('FK_e3f7081c2e7704d6dbc586301ed', 'actor_id', 'users', 'SET NULL')},
     ${fk('item_events_escalated_to_team_id_fkey', 'escalated_to_team_id', 'teams', 'SET NULL')}`,
  ],
  [
    'service_levels',
    `${TIMESTAMPS}, ${ID}, "kind" item_kind NOT NULL, "priority" priority NOT NULL,
     "first_response_minutes" integer NOT NULL, "resolution_minutes" integer NOT NULL,
     CONSTRAINT "service_levels_kind_priority_unique" UNIQUE ("kind", "priority"),
     CONSTRAINT "service_levels_targets_positive" CHECK ("first_response_minutes" > 0 AND "resolution_minutes" >= "first_response_minutes"),
     CONSTRAINT "PK_22528177077d76a351f1518e1e5" PRIMARY KEY ("id")`,
  ],
  [
    'pulse_entries',
    `${ID}, "team_id" uuid NOT NULL, "submitted_on" date NOT NULL, "workload" smallint NOT NULL,
     "text" text, "anonymous" boolean NOT NULL, "author_id" uuid,
     CONSTRAINT "pulse_entries_anonymous_has_no_author" CHECK (NOT ("anonymous" AND "author_id" IS NOT NULL)),
     CONSTRAINT "pulse_entries_workload_range" CHECK ("workload" BETWEEN 1 AND 5),
     CONSTRAINT "PK_647acaa749b9da8caeecc9d39da" PRIMARY KEY ("id"),
     ${fk('FK_dac72ddaa238aabd33800368c49', 'team_id', 'teams', 'RESTRICT')},
     ${fk('FK_2ad7ee20021448eb313fd3094b3', 'author_id', 'users', 'SET NULL')}`,
  ],
  [
    'staffing_events',
    `${ID}, "team_id" uuid NOT NULL, "type" staffing_event_type NOT NULL, "occurred_on" date NOT NULL,
     "sick_days" integer, "created_at" timestamptz NOT NULL DEFAULT now(),
     CONSTRAINT "staffing_events_sick_days" CHECK (("type" = 'sick_leave') = ("sick_days" IS NOT NULL) AND ("sick_days" IS NULL OR "sick_days" > 0)),
     CONSTRAINT "PK_ce6edf4dbe7da45171090c23503" PRIMARY KEY ("id"),
     ${fk('FK_cdce1d78af0adeb725e2fab294d', 'team_id', 'teams', 'RESTRICT')}`,
  ],
  [
    'raw_text_reads',
    `${ID}, "item_id" uuid NOT NULL, "reader_id" uuid, "reader_role" text NOT NULL, "purpose" text NOT NULL,
     "read_at" timestamptz NOT NULL DEFAULT now(),
     CONSTRAINT "raw_text_reads_pkey" PRIMARY KEY ("id"),
     ${fk('raw_text_reads_item_id_fkey', 'item_id', 'items', 'CASCADE')},
     ${fk('raw_text_reads_reader_id_fkey', 'reader_id', 'users', 'SET NULL')}`,
  ],
  [
    'review_notes',
    // version goes up at every save, so a stale edit is refused instead of overwriting
    `${ID}, "period_from" date NOT NULL, "period_to" date NOT NULL, "text" text NOT NULL, "updated_by" uuid,
     "updated_at" timestamptz NOT NULL DEFAULT now(), "version" integer NOT NULL,
     CONSTRAINT "review_notes_period_unique" UNIQUE ("period_from", "period_to"),
     CONSTRAINT "review_notes_period_ordered" CHECK ("period_to" > "period_from"),
     CONSTRAINT "review_notes_pkey" PRIMARY KEY ("id"),
     ${fk('review_notes_updated_by_fkey', 'updated_by', 'users', 'SET NULL')}`,
  ],
  [
    'analysis_jobs',
    `${ID}, "reason" text NOT NULL, "status" job_status NOT NULL DEFAULT 'queued',
     "total" integer NOT NULL DEFAULT 0, "processed" integer NOT NULL DEFAULT 0, "cursor" uuid,
     "leased_by" text, "heartbeat_at" timestamptz, "error" text, "created_at" timestamptz NOT NULL DEFAULT now(),
     "started_at" timestamptz, "finished_at" timestamptz,
     CONSTRAINT "PK_ed5ebf2c133df30c3fb2f633836" PRIMARY KEY ("id")`,
  ],
  [
    'analysis_models',
    `${ID}, "kind" model_kind NOT NULL, "version" text NOT NULL, "active" boolean NOT NULL DEFAULT false,
     "example_count" integer NOT NULL, "metrics" jsonb, "model" jsonb NOT NULL,
     "trained_at" timestamptz NOT NULL DEFAULT now(),
     CONSTRAINT "PK_d12e5eab27678cb7bb54ed05b45" PRIMARY KEY ("id")`,
  ],
  [
    'item_analyses',
    `"item_id" uuid NOT NULL, "status" analysis_status NOT NULL, "model_version" text NOT NULL,
     "analysed_at" timestamptz NOT NULL DEFAULT now(), "sentiment" sentiment_label, "sentiment_score" real,
     "redacted_text" text, "details" jsonb, "attempts" smallint NOT NULL DEFAULT '1', "error" text,
     CONSTRAINT "item_analyses_sentiment_score" CHECK ("sentiment_score" BETWEEN -1 AND 1),
     CONSTRAINT "PK_cd15954b3a584201a6e46630a3a" PRIMARY KEY ("item_id"),
     ${fk('FK_cd15954b3a584201a6e46630a3a', 'item_id', 'items', 'CASCADE')}`,
  ],
  [
    'item_flags',
    `${ID}, "item_id" uuid NOT NULL, "event_id" uuid, "type" flag_type NOT NULL, "confidence" real NOT NULL,
     "evidence" text[] NOT NULL DEFAULT '{}',
     CONSTRAINT "PK_48993293b3e443635ad7b692ed7" PRIMARY KEY ("id"),
     ${fk('FK_cbb5453eb7dfbb62c3d443a923e', 'item_id', 'items', 'CASCADE')},
     ${fk('FK_679faa163395d6a3ae7de749f3b', 'event_id', 'item_events', 'CASCADE')}`,
  ],
  [
    'item_policy_mentions',
    `"item_id" uuid NOT NULL, "policy_id" uuid NOT NULL, "confidence" real NOT NULL,
     "evidence" text[] NOT NULL DEFAULT '{}',
     CONSTRAINT "PK_1db1452d5eb4f7459b98d3d5fda" PRIMARY KEY ("item_id", "policy_id"),
     ${fk('FK_96e91037fac71c3ac718e3347d7', 'item_id', 'items', 'CASCADE')},
     ${fk('FK_c502ede8e656358623807e6bc5c', 'policy_id', 'policies', 'CASCADE')}`,
  ],
  [
    'item_themes',
    `"item_id" uuid NOT NULL, "theme_id" uuid NOT NULL, "score" real NOT NULL, "origin" theme_origin NOT NULL,
     CONSTRAINT "PK_1cb73125d19769c49cd0464d5d4" PRIMARY KEY ("item_id", "theme_id"),
     ${fk('FK_3562a6bdab3ffe72e79d1368a7b', 'item_id', 'items', 'CASCADE')},
     ${fk('FK_f68cab383c4b2a1b2d5811353f1', 'theme_id', 'themes', 'CASCADE')}`,
  ],
  [
    'theme_corrections',
    `${ID}, "item_id" uuid NOT NULL, "theme_ids" uuid[] NOT NULL, "corrected_by_id" uuid,
     "corrected_at" timestamptz NOT NULL DEFAULT now(),
     CONSTRAINT "PK_caf42c40e23c36a1ab98ecc4985" PRIMARY KEY ("id"),
     ${fk('FK_54b516300eb781f292a9bd5aec6', 'item_id', 'items', 'CASCADE')},
     ${fk('FK_526a2516a451304418005d5bbc1', 'corrected_by_id', 'users', 'SET NULL')}`,
  ],
  [
    'theme_examples',
    `${ID}, "theme_id" uuid NOT NULL, "text" text NOT NULL, "created_at" timestamptz NOT NULL DEFAULT now(),
     CONSTRAINT "PK_4c0526be9b7c4dd2de5fe238ae9" PRIMARY KEY ("id"),
     ${fk('FK_b5f94292fbdb277e53574a70b39', 'theme_id', 'themes', 'CASCADE')}`,
  ],
  [
    // a manager's verdict on a warning sign, kept by re-analysis and learnt by the sign model
    'flag_corrections',
    `${ID}, "item_id" uuid NOT NULL, "type" flag_type NOT NULL, "verdict" flag_verdict NOT NULL,
     "writer" text NOT NULL, "evidence" text[] NOT NULL, "corrected_by_id" uuid,
     "corrected_at" timestamptz NOT NULL DEFAULT now(),
     CONSTRAINT "PK_2705ab56ef7f4ca4c2528af44e8" PRIMARY KEY ("id"),
     ${fk('FK_4d30687dbb8dee8459a206b59cb', 'item_id', 'items', 'CASCADE')},
     ${fk('FK_bcdf7e58e9c52e08d058a329288', 'corrected_by_id', 'users', 'SET NULL')}`,
  ],
  [
    // the one row of the demo organisation's background load, which the dashboard shows
    'demo_load',
    `"id" smallint NOT NULL, "loaded" integer NOT NULL, "total" integer NOT NULL,
     "started_at" timestamptz NOT NULL, "finished_at" timestamptz, "failure" text,
     CONSTRAINT "demo_load_single_row" CHECK ("id" = 1),
     CONSTRAINT "demo_load_pkey" PRIMARY KEY ("id")`,
  ],
  ...LOOP_TABLES,
];

function entry<T>(list: [string, T][], name: string): T {
  const found = list.find(([key]) => key === name);
  if (!found) throw new Error(`The baseline defines no ${name}`);
  return found[1];
}

export const createType = (name: string) =>
  `CREATE TYPE "${name}" AS ENUM(${entry(ENUM_TYPES, name)
    .map((label) => `'${label}'`)
    .join(', ')})`;

export const createTable = (name: string) => `CREATE TABLE "${name}" (${entry(CORE_TABLES, name)})`;

/**
 * Search matches whole words through a word index: the planner knows how common a word is, so a
 * common word walks the newest items and stops at a page, and a rare one reads only its items.
 * Masked and unfinished analyses get a small index, so checking a candidate's masked text is one probe.
 */
export const SEARCH_INDEXES = [
  `CREATE INDEX "items_text_words" ON "items" USING gin (to_tsvector('simple', "text"))`,
  `CREATE INDEX "item_analyses_masked" ON "item_analyses"  ("item_id") WHERE "status" <> 'done' OR "redacted_text" IS NOT NULL`,
];

export const FLAG_CORRECTIONS_INDEX =
  'CREATE INDEX "flag_corrections_item" ON "flag_corrections" ("item_id", "type", "corrected_at")';

/** Indexes of the tables above. */
export const CORE_INDEXES = [
  // Names, e-mail addresses and key hashes are unique regardless of letter case.
  'CREATE UNIQUE INDEX "teams_name_unique" ON "teams" (lower("name"))',
  'CREATE UNIQUE INDEX "policies_name_unique" ON "policies" (lower("name"))',
  'CREATE UNIQUE INDEX "themes_name_unique" ON "themes" (lower("name"))',
  'CREATE UNIQUE INDEX "users_email_unique" ON "users" (lower("email"))',
  'CREATE UNIQUE INDEX "api_keys_hash_unique" ON "api_keys" ("key_hash")',
  'CREATE INDEX "user_sessions_user_id" ON "user_sessions" ("user_id")',
  'CREATE INDEX "items_received_at" ON "items" ("received_at")',
  'CREATE INDEX "items_team_received_at" ON "items" ("team_id", "received_at")',
  'CREATE INDEX "items_policy_received_at" ON "items" ("policy_id", "received_at")',
  'CREATE INDEX "items_recorded_by_received_at" ON "items" ("recorded_by_id", "received_at")',
  'CREATE INDEX "items_recorded_by_api_key_received_at" ON "items" ("recorded_by_api_key_id", "received_at")',
  'CREATE UNIQUE INDEX "items_external_unique" ON "items" ("external_source", "external_id") WHERE "external_id" IS NOT NULL',
  ...SEARCH_INDEXES,
  'CREATE INDEX "item_events_item_occurred_at" ON "item_events" ("item_id", "occurred_at")',
  'CREATE INDEX "item_events_type_occurred_at" ON "item_events" ("type", "occurred_at")',
  'CREATE INDEX "item_events_actor_item" ON "item_events" ("actor_id", "item_id")',
  'CREATE INDEX "pulse_entries_team_day" ON "pulse_entries" ("team_id", "submitted_on")',
  'CREATE INDEX "staffing_events_team_day" ON "staffing_events" ("team_id", "occurred_on")',
  'CREATE INDEX "raw_text_reads_item_read_at" ON "raw_text_reads" ("item_id", "read_at")',
  `CREATE INDEX "analysis_jobs_open" ON "analysis_jobs" ("created_at") WHERE "status" IN ('queued', 'running')`,
  'CREATE UNIQUE INDEX "analysis_models_one_active" ON "analysis_models" ("kind") WHERE "active"',
  'CREATE UNIQUE INDEX "analysis_models_version_unique" ON "analysis_models" ("version")',
  `CREATE INDEX "item_analyses_retry" ON "item_analyses" ("analysed_at") WHERE "status" = 'failed'`,
  'CREATE INDEX "item_flags_item" ON "item_flags" ("item_id")',
  'CREATE INDEX "item_flags_type_item" ON "item_flags" ("type", "item_id")',
  'CREATE INDEX "item_policy_mentions_policy" ON "item_policy_mentions" ("policy_id", "item_id")',
  'CREATE INDEX "item_themes_theme" ON "item_themes" ("theme_id", "item_id")',
  'CREATE INDEX "theme_corrections_item" ON "theme_corrections" ("item_id", "corrected_at")',
  'CREATE INDEX "theme_examples_theme" ON "theme_examples" ("theme_id")',
  FLAG_CORRECTIONS_INDEX,
  ...LOOP_INDEXES,
];

/**
 * An anonymous staff report keeps only the day it was given: a time of day could be matched
 * against sign-ins or office hours. Triggers truncate every timestamp the author's act sets, so
 * no write path can forget it.
 */
export const ANONYMOUS_DAY_ONLY = [
  `CREATE FUNCTION anonymous_item_day_only() RETURNS trigger AS $$
      BEGIN
        IF NEW.anonymous THEN
          NEW.received_at := date_trunc('day', NEW.received_at, 'UTC');
          NEW.created_at := date_trunc('day', NEW.created_at, 'UTC');
        END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`,
  `CREATE TRIGGER items_anonymous_day_only BEFORE INSERT OR UPDATE ON items
        FOR EACH ROW EXECUTE FUNCTION anonymous_item_day_only()`,
  `CREATE FUNCTION anonymous_analysis_day_only() RETURNS trigger AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM items WHERE id = NEW.item_id AND anonymous) THEN
          NEW.analysed_at := date_trunc('day', NEW.analysed_at, 'UTC');
        END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`,
  `CREATE TRIGGER item_analyses_anonymous_day_only BEFORE INSERT OR UPDATE ON item_analyses
        FOR EACH ROW EXECUTE FUNCTION anonymous_analysis_day_only()`,
];

export const MAIN_HELP = `fulcrum: batch text analysis for exported tickets and feedback

Usage:
  fulcrum train   --in labelled.csv --text-column text --label-column label --out model.json [options]
  fulcrum analyze --in texts.csv --text-column text --out results.jsonl [options]
  fulcrum import  --in export.csv --system zendesk --api-key KEY [options]
  fulcrum <command> --help

Commands:
  train     Learn a theme model (or a sentiment model) from a labelled CSV file.
  analyze   Analyse every row of a CSV file: themes, sentiment, warning signs, policy
            mentions and redacted text, one JSON object per row, in input order.
  import    Send a helpdesk CSV export to a running Fulcrum: valid rows are stored, rejected
            rows reported by line and column; importing the same file again stores nothing twice.

Options:
  -h, --help     Show help (also after a command).
`;

export const TRAIN_HELP = `fulcrum train: learn a model from a labelled CSV file

Usage:
  fulcrum train --in labelled.csv --text-column text --label-column label --out model.json [options]

Options:
  --in FILE              CSV file with a header row (required).
  --text-column NAME     Column holding the text (required).
  --label-column NAME    Column holding the label (required). For themes, an empty cell
                         means "no theme applies", which the model learns too.
  --out FILE             Where to write the model JSON (required; "-" writes to standard
                         output; a device or pipe such as /dev/null is written in place).
  --target KIND          themes (default) or sentiment. Sentiment labels must be
                         negative, neutral, positive or mixed.
  --label-separator SEP  Split a themes label cell into several themes, e.g. ";".
  --version NAME         Version recorded in the model and in every analysis it makes
                         (default: a hash of the trained model).
  --delimiter CHAR       CSV field delimiter (default ",").
  -h, --help             Show this help.

Training runs on one core: about 8 s for 10,000 short texts and 77 themes.
`;

export const ANALYZE_HELP = `fulcrum analyze: analyse every row of a CSV file

Usage:
  fulcrum analyze --in texts.csv --text-column text --out results.jsonl [options]

Options:
  --in FILE              CSV file with a header row (required). Read as a stream.
  --text-column NAME     Column holding the text (required).
  --out FILE             JSON Lines output, one object per input row in input order
                         (required; "-" writes to standard output; a device or pipe
                         such as /dev/null is written in place, never replaced).
  --model FILE           A model written by "fulcrum train": a theme model, a sentiment
                         model, or one of each (repeat the option).
  --taxonomy FILE        Themes JSON: {"themes": [{"name": "Refunds", "keywords": ["refund",
                         "money back"], "examples": ["..."], "teams": ["Support"]}]}.
                         Keywords use phrase patterns: "(cancel|close) my account",
                         "on hold for * hours", "never ... again", "=pleased" (exact form).
                         Without --model, themes with examples train a model on the fly.
  --policies FILE        Policies JSON: {"policies": [{"id": "refund-receipt", "name":
                         "Refunds need a receipt", "aliases": ["proof of purchase"],
                         "teams": ["Support"]}]}. Only "name" is required.
  --id-column NAME       Copy this column into each result as "id".
  --source WRITER        Who wrote the texts: customer (default) or staff. Staff texts are
                         checked for excuses, blame, overload and complaint-protocol cues.
  --source-column NAME   Column holding customer or staff per row (overrides --source).
  --team-column NAME     Column holding the team: themes and policies of other teams are left out.
  --delimiter CHAR       CSV field delimiter (default ",").
  -h, --help             Show this help.

Each output line holds: row (1 = first data row), id (with --id-column), themes
[{name, score, sentiment, evidence}] best first, sentiment {label, score, confidence,
evidence}, flags [{type, confidence, evidence}], policyMentions [{policyId, policy,
confidence, evidence}], redactedText and modelVersion. Evidence quotes the redacted text.
Progress goes to standard error.
`;

export const IMPORT_HELP = `fulcrum import: send a helpdesk CSV export to Fulcrum

Usage:
  fulcrum import --in export.csv --system zendesk --api-key KEY [options]

The file is sent in parts (whole records, the header repeated) to the importItemsCsv mutation.
For --system zendesk, freshdesk, jsm (jira-service-management), zammad or help-scout, Fulcrum
knows the export's columns, its words for status, priority, channel, type and satisfaction,
and defaults for the rest (tables in tools/cli/README.md). Otherwise it matches columns by
common headers (Ticket ID, Created at, Type, Channel, Group, Description, Priority, CSAT, ...);
--map and --default override either. Every row is validated with the API's rules; valid rows
are stored, rejected ones reported by line and column, and a group with no Fulcrum team is
stored without a team, with a warning. Rows are keyed by --system and the id column, so
importing the same file again stores nothing twice.
Progress goes to standard error; the summary, first warnings and errors to standard output. The
exit code is 1 when any row was rejected.

Options:
  --in FILE                CSV file with a header row (required).
  --system NAME            The system the export comes from, e.g. zendesk (required).
  --url URL                Fulcrum's address (default: FULCRUM_URL or http://localhost:3000).
  --api-key KEY            An integration's API key (default: FULCRUM_API_KEY), or
  --token TOKEN            a signed-in session's token.
  --map FIELD=COLUMN       Which column holds a field, e.g. --map text=Body; repeatable.
                           Fields: externalId, text, receivedAt, kind, source, channel, team,
                           policy, customerRef, priority, status, viability, satisfaction,
                           firstResponseAt, resolvedAt, closedAt.
  --default FIELD=VALUE    A value for rows whose column is missing or empty, for kind,
                           source, channel or priority, e.g. --default source=external_customer.
  --rows-per-request N     Rows per request, 1 to 5000 (default 1000).
  --errors FILE            Write every rejected row (line,column,message) to a CSV file.
  --delimiter CHAR         CSV field delimiter (default ",").
  -h, --help               Show this help.
`;

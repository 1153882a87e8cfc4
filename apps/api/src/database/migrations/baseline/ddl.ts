// Column and constraint fragments the baseline's table definitions share.

export const TIMESTAMPS = `"created_at" timestamptz NOT NULL DEFAULT now(), "updated_at" timestamptz NOT NULL DEFAULT now()`;
export const ID = `"id" uuid NOT NULL DEFAULT gen_random_uuid()`;

export const fk = (name: string, column: string, target: string, onDelete: string) =>
  `CONSTRAINT "${name}" FOREIGN KEY ("${column}") REFERENCES "${target}"("id") ON DELETE ${onDelete}`;

import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { maySendStaffReports, wroteItem } from '../auth/item-scope';
import type { Principal } from '../auth/principal';
import { conflict, invalidField, invalidInput, type FieldProblem } from '../common/domain-error';
import { foreignKeyViolation } from '../common/foreign-key-violation';
import { APP_CONFIG } from '../config/app-config';
import type { ResolvedConfig } from '../config/local-secrets';
import { Channel, ItemKind, ItemSource, ItemStatus, Priority } from '../items/item.enums';
import { ItemsService } from '../items/items.service';
import { PulseEntry } from '../staff/pulse-entry.entity';
import type {
  CustomerReceipt,
  StaffPulseReceipt,
  SubmitCustomerFeedbackInput,
  ItemReceipt,
  ItemBatchReceipt,
  SubmitStaffPulseInput,
} from './dto/intake.types';
import type { SubmitItemInput } from './dto/submit-item.input';
import {
  externalKey,
  insertAnalysed,
  type NewItem,
  type StoredItemRef,
} from '../items/item-writer';
import { WriteGroups } from './write-groups';
import { newItemAnalysis } from '../analysis/analyse-texts';
import { AnalyzerService } from '../analysis/analyzer.service';
import { pseudonymousRef } from '../items/customer-ref';
import { pseudonymFor } from '../items/pseudonym';
import type { Staging } from '../database/unnest-insert';

const REFERENCES: Record<string, { field: 'teamId' | 'policyId'; label: string }> = {
  team_id: { field: 'teamId', label: 'team' },
  policy_id: { field: 'policyId', label: 'policy' },
};

type FieldPath = (index: number, field: string) => string;
export const singleItemPath: FieldPath = (_index, field) => field;
const batchPath: FieldPath = (index, field) => `items[${index}].${field}`;

/** The status an item is in, judging by its timestamps, when the source system did not say. */
function statusFromTimestamps(input: SubmitItemInput): ItemStatus {
  if (input.closedAt) return ItemStatus.CLOSED;
  if (input.resolvedAt) return ItemStatus.RESOLVED;
  if (input.firstResponseAt) return ItemStatus.IN_PROGRESS;
  return ItemStatus.NEW;
}

/** A replay of someone else's external id: acknowledged, with nothing of the stored item. */
function receivedFromAnotherSender(field: string) {
  return conflict(
    'An item with this externalSource and externalId was already received from another sender',
    field,
    'receivedFromAnotherSender',
  );
}

function refuseStaffReportsFromKeys(
  inputs: SubmitItemInput[],
  principal: Principal,
  path: FieldPath,
): void {
  if (maySendStaffReports(principal)) return;
  const problems = inputs.flatMap((input, index) => {
    if (input.source !== ItemSource.STAFF) return [];
    const field = path(index, 'source');
    return [
      {
        field,
        rule: 'notFromApiKey',
        message: `${field} staff is for staff members' own reports; an API key cannot send one`,
      },
    ];
  });
  if (problems.length > 0) throw invalidInput(problems);
}

@Injectable()
export class IntakeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly items: ItemsService,
    private readonly analyzers: AnalyzerService,
    @Inject(APP_CONFIG) private readonly config: ResolvedConfig,
  ) {}

  async submitItem(input: SubmitItemInput, principal: Principal): Promise<ItemReceipt> {
    refuseStaffReportsFromKeys([input], principal, singleItemPath);
    const row = this.rowOf(input, principal);
    const stored = { ...(await this.singles.write({ input, row })), item: row };
    return this.receiptFor(stored, principal);
  }

  /** What the sender of one item is told: the new item, or for a replay the one stored before. */
  async receiptFor(
    stored: StoredItemRef & { item: NewItem },
    principal: Principal,
  ): Promise<ItemReceipt> {
    if (stored.created)
      return { item: this.items.fromNewItem(stored.id, stored.item), created: true };
    // A replay returns the stored item to whoever wrote it, and nothing of it to anyone else.
    if (!wroteItem(principal, stored.author)) throw receivedFromAnotherSender('externalId');
    return { item: await this.items.getById(stored.id, principal), created: false };
  }

  async submitItems(inputs: SubmitItemInput[], principal: Principal): Promise<ItemBatchReceipt> {
    const stored = await this.storeItems(inputs, principal);
    const createdCount = stored.filter((item) => item.created).length;
    return {
      items: stored.map(({ id, created, author }, index) => ({
        // Another sender's item is acknowledged as received, without its id.
        id: wroteItem(principal, author) ? id : null,
        created,
        externalId: inputs[index].externalId ?? null,
      })),
      createdCount,
      existingCount: stored.length - createdCount,
    };
  }

  async submitCustomerFeedback(input: SubmitCustomerFeedbackInput): Promise<CustomerReceipt> {
    const receivedAt = new Date();
    const analyse = newItemAnalysis(await this.analyzers.get());
    // One statement (the item and its analysis): atomic without a transaction around it.
    const [stored] = await insertAnalysed(this.dataSource.manager, analyse, [
      this.newItem({
        kind: input.kind,
        source: input.source,
        channel: Channel.WEB_FORM,
        text: input.text.trim(),
        customerRef: input.contact ? pseudonymFor(input.contact, this.config.pseudonymKey) : null,
        receivedAt,
      }),
    ]);
    return { reference: stored.id.slice(0, 8).toUpperCase(), receivedAt };
  }

  /** One transaction: the pulse entry, and a staff feedback item for each text given. */
  async submitStaffPulse(
    input: SubmitStaffPulseInput,
    principal: Principal,
  ): Promise<StaffPulseReceipt> {
    // One's own workload, for one's own team: a pulse for another team would also let its sender
    // pad that team's small anonymous group with answers they know.
    if (input.teamId !== principal.teamId) {
      throw invalidField(
        'teamId',
        'ownTeam',
        principal.teamId
          ? 'teamId must be your own team: a pulse speaks for the team you work in'
          : 'teamId must be your own team, and your account has none: ask an admin to set it',
      );
    }
    const now = new Date();
    const submittedOn = now.toISOString().slice(0, 10);
    // Anonymous texts carry the day only, so they cannot be matched to a sign-in time.
    const receivedAt = input.anonymous ? new Date(`${submittedOn}T00:00:00Z`) : now;
    const texts = [input.obstacles, input.customerRequests].filter((text): text is string =>
      Boolean(text?.trim()),
    );
    const analyse = newItemAnalysis(await this.analyzers.get());
    await this.withKnownReferences([input], singleItemPath, () =>
      this.dataSource.transaction(async (manager) => {
        await manager.insert(PulseEntry, {
          teamId: input.teamId,
          submittedOn,
          workload: input.workload,
          text: input.workloadComment?.trim() || null,
          anonymous: input.anonymous,
          authorId: input.anonymous || principal.kind !== 'user' ? null : principal.id,
        });
        await insertAnalysed(
          manager,
          analyse,
          texts.map((text) =>
            this.newItem({
              kind: ItemKind.FEEDBACK,
              source: ItemSource.STAFF,
              channel: Channel.WEB_FORM,
              teamId: input.teamId,
              text: text.trim(),
              receivedAt,
              recordedById: input.anonymous || principal.kind !== 'user' ? null : principal.id,
              anonymous: input.anonymous,
            }),
          ),
        );
      }),
    );
    return { submittedOn, anonymous: input.anonymous, itemsCreated: texts.length };
  }

  /**
   * Validated items in one statement; errors about references name `path(index, field)`.
   * `staging` staged: the bulk path (COPY, see items/item-writer.ts), for imports. `manager` is
   * a transaction the caller holds when the items are one part of a larger write.
   */
  async storeItems(
    inputs: SubmitItemInput[],
    principal: Principal,
    path: FieldPath = batchPath,
    staging: Staging = { staged: false },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<(StoredItemRef & { item: NewItem })[]> {
    refuseStaffReportsFromKeys(inputs, principal, path);
    const rows = inputs.map((input) => this.rowOf(input, principal));
    // Bulk loads repeat texts (canned replies): they analyse each distinct input once.
    const built = staging.staged
      ? await this.analyzers.getForBulkLoads()
      : await this.analyzers.get();
    const analyse = newItemAnalysis(built);
    const stored = await this.withKnownReferences(inputs, path, () =>
      insertAnalysed(manager, analyse, rows, staging),
    );
    return stored.map((ref, index) => ({ ...ref, item: rows[index] }));
  }

  private rowOf(input: SubmitItemInput, principal: Principal): NewItem {
    return this.newItem({
      ...input,
      text: input.text.trim(),
      customerRef: this.customerRefOf(input.customerRef),
      externalId: input.externalId?.trim() ?? null,
      externalSource: input.externalSource?.trim() ?? null,
      status: input.status ?? statusFromTimestamps(input),
      recordedById: principal.kind === 'user' ? principal.id : null,
      recordedByApiKeyId: principal.kind === 'api_key' ? principal.id : null,
    });
  }

  /**
   * Single submissions of one turn of the event loop, stored by one statement (write-groups.ts);
   * a group that fails is written row by row, each with its own errors.
   */
  private readonly singles = new WriteGroups<
    { input: SubmitItemInput; row: NewItem },
    StoredItemRef
  >(
    async (entries) => {
      const analyse = newItemAnalysis(await this.analyzers.get());
      const rows = entries.map((entry) => entry.row);
      return this.withKnownReferences(
        entries.map((entry) => entry.input),
        singleItemPath,
        () => insertAnalysed(this.dataSource.manager, analyse, rows),
      );
    },
    (entry) => externalKey(entry.row),
  );

  private customerRefOf(ref: string | null | undefined): string | null {
    const trimmed = ref?.trim();
    return trimmed ? pseudonymousRef(trimmed, this.config.pseudonymKey) : null;
  }

  private newItem(
    fields: Partial<NewItem> & Pick<NewItem, 'kind' | 'source' | 'channel' | 'text'>,
  ): NewItem {
    return {
      teamId: null,
      policyId: null,
      customerRef: null,
      priority: Priority.NORMAL,
      status: ItemStatus.NEW,
      viability: null,
      satisfaction: null,
      firstResponseAt: null,
      resolvedAt: null,
      closedAt: null,
      externalId: null,
      externalSource: null,
      recordedById: null,
      recordedByApiKeyId: null,
      anonymous: false,
      ...Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)),
      receivedAt: fields.receivedAt ?? new Date(),
    } as NewItem;
  }

  /**
   * Runs a write whose foreign keys decide whether the named team or policy exists (no query
   * before the insert), and turns a violation into errors naming every input that used the id.
   */
  private async withKnownReferences<T>(
    inputs: { teamId?: string | null; policyId?: string | null }[],
    path: FieldPath,
    write: () => Promise<T>,
  ): Promise<T> {
    try {
      return await write();
    } catch (error) {
      const violation = foreignKeyViolation(error);
      const reference = violation && REFERENCES[violation.column];
      if (!violation || !reference) throw error;
      const problems: FieldProblem[] = inputs.flatMap((input, index) => {
        if (input[reference.field] !== violation.value) return [];
        const field = path(index, reference.field);
        return [{ field, rule: 'exists', message: `${field} names no known ${reference.label}` }];
      });
      throw invalidInput(problems);
    }
  }
}

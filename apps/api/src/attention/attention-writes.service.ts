import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Principal } from '../auth/principal';
import { Clock } from '../common/clock';
import { invalidField, notFound } from '../common/domain-error';
import { ItemEventType } from '../items/item.enums';
import type {
  AssignItemOwnerInput,
  RecordEscalationOutcomeInput,
} from './dto/attention-writes.input';
import type { EscalationOutcomeRecord, ItemOwnerAssignment } from './attention-writes.types';
import { OWNER_ROLES } from './item-owner.entity';

@Injectable()
export class AttentionWritesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async assignOwner(
    input: AssignItemOwnerInput,
    principal: Principal,
  ): Promise<ItemOwnerAssignment> {
    const [item] = await this.dataSource.query<{ id: string }[]>(
      'SELECT id FROM items WHERE id = $1',
      [input.itemId],
    );
    if (!item) throw notFound('Item', input.itemId);
    if (!input.ownerId) {
      await this.dataSource.query('DELETE FROM item_owners WHERE item_id = $1', [input.itemId]);
      return { itemId: input.itemId, ownerId: null, ownerName: null };
    }
    const [owner] = await this.dataSource.query<{ id: string; display_name: string }[]>(
      'SELECT id, display_name FROM users WHERE id = $1 AND active AND role = ANY($2::role[])',
      [input.ownerId, OWNER_ROLES],
    );
    if (!owner)
      throw invalidField(
        'ownerId',
        'activePerson',
        'ownerId must name an active manager, process owner or staff member',
      );
    await this.dataSource.query(
      `INSERT INTO item_owners (item_id, owner_id, assigned_by_id, assigned_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (item_id) DO UPDATE
         SET owner_id = EXCLUDED.owner_id, assigned_by_id = EXCLUDED.assigned_by_id, assigned_at = EXCLUDED.assigned_at`,
      [input.itemId, owner.id, principal.kind === 'user' ? principal.id : null, this.clock.now()],
    );
    return { itemId: input.itemId, ownerId: owner.id, ownerName: owner.display_name };
  }

  async recordOutcome(
    input: RecordEscalationOutcomeInput,
    principal: Principal,
  ): Promise<EscalationOutcomeRecord> {
    const [event] = await this.dataSource.query<{ type: string; occurred_at: Date }[]>(
      'SELECT type, occurred_at FROM item_events WHERE id = $1',
      [input.eventId],
    );
    if (!event) throw notFound('Timeline event', input.eventId);
    if (event.type !== ItemEventType.ESCALATED)
      throw invalidField('eventId', 'escalation', 'eventId must name an escalation');
    const decidedAt = input.decidedAt ?? this.clock.now();
    if (decidedAt < new Date(event.occurred_at))
      throw invalidField(
        'decidedAt',
        'notBeforeEscalation',
        'decidedAt must not be earlier than the escalation',
      );
    // A later record replaces an earlier one: an escalation has one outcome.
    await this.dataSource.query(
      `INSERT INTO escalation_outcomes (event_id, outcome, decided_at, recorded_by_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT (event_id) DO UPDATE
         SET outcome = EXCLUDED.outcome, decided_at = EXCLUDED.decided_at, recorded_by_id = EXCLUDED.recorded_by_id`,
      [input.eventId, input.outcome, decidedAt, principal.kind === 'user' ? principal.id : null],
    );
    return { eventId: input.eventId, outcome: input.outcome, decidedAt };
  }
}

import { ItemEventType, ItemStatus } from './item.enums';
import { deriveLifecycle, type LifecycleEvent, type LifecycleState } from './lifecycle';

const at = (hour: number) => new Date(Date.UTC(2026, 0, 5, hour));
const fresh: LifecycleState = {
  status: ItemStatus.NEW,
  firstResponseAt: null,
  resolvedAt: null,
  closedAt: null,
  satisfaction: null,
};
const statusChange = (hour: number, status: ItemStatus): LifecycleEvent => ({
  type: ItemEventType.STATUS_CHANGED,
  occurredAt: at(hour),
  status,
  satisfaction: null,
});
const reply = (hour: number): LifecycleEvent => ({
  type: ItemEventType.STAFF_REPLY,
  occurredAt: at(hour),
  status: null,
  satisfaction: null,
});

describe('deriveLifecycle', () => {
  it('takes the earliest staff reply as the first response, whatever the arrival order', () => {
    expect(deriveLifecycle(fresh, [reply(9), reply(3)]).firstResponseAt).toEqual(at(3));
  });

  it('keeps a first response given at submission when it is earlier than every reply', () => {
    expect(
      deriveLifecycle({ ...fresh, firstResponseAt: at(1) }, [reply(5)]).firstResponseAt,
    ).toEqual(at(1));
  });

  it('applies the latest status change even when an older one arrives last', () => {
    const state = deriveLifecycle(fresh, [
      statusChange(8, ItemStatus.RESOLVED),
      statusChange(2, ItemStatus.IN_PROGRESS),
    ]);
    expect(state.status).toBe(ItemStatus.RESOLVED);
    expect(state.resolvedAt).toEqual(at(8));
  });

  it('clears the resolution of a reopened item and dates the new one from its own change', () => {
    const events = [
      statusChange(2, ItemStatus.RESOLVED),
      statusChange(4, ItemStatus.IN_PROGRESS),
      statusChange(6, ItemStatus.RESOLVED),
      statusChange(7, ItemStatus.CLOSED),
    ];
    expect(deriveLifecycle(fresh, events.slice(0, 2))).toMatchObject({
      status: ItemStatus.IN_PROGRESS,
      resolvedAt: null,
    });
    expect(deriveLifecycle(fresh, events)).toMatchObject({
      status: ItemStatus.CLOSED,
      resolvedAt: at(6),
      closedAt: at(7),
    });
  });

  it('records the latest satisfaction answer and ignores checks without an answer', () => {
    const events: LifecycleEvent[] = [
      { type: ItemEventType.SATISFACTION_CHECK, occurredAt: at(3), status: null, satisfaction: 2 },
      { type: ItemEventType.SATISFACTION_CHECK, occurredAt: at(5), status: null, satisfaction: 4 },
      {
        type: ItemEventType.SATISFACTION_CHECK,
        occurredAt: at(6),
        status: null,
        satisfaction: null,
      },
    ];
    expect(deriveLifecycle(fresh, events).satisfaction).toBe(4);
  });

  it('leaves an imported item as submitted when it has no events', () => {
    const imported = { ...fresh, status: ItemStatus.CLOSED, resolvedAt: at(4), closedAt: at(5) };
    expect(deriveLifecycle(imported, [])).toEqual(imported);
  });
});

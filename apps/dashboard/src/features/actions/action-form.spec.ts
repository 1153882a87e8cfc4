import { emptyAction, toUpdateActionInput, validateAction } from './action-form';

const today = '2026-11-22';
const action = { ...emptyAction(), title: 'Saturday rota', owner: 'Priya Raman' };

describe('the improvement action form', () => {
  it('needs a title and an owner', () => {
    expect(validateAction(emptyAction(), today)).toEqual({
      title: 'Enter what the change is',
      owner: 'Enter who owns the action',
    });
  });

  it('asks for the start day of an action in progress, since the effect is measured from it', () => {
    expect(validateAction({ ...action, status: 'IN_PROGRESS' }, today)).toEqual({
      startedOn: 'Enter the day it started: the effect is measured from it',
    });
  });

  it('asks a finished action for both days, the end not before the start', () => {
    expect(validateAction({ ...action, status: 'DONE', startedOn: '2026-10-01' }, today)).toEqual({
      doneOn: 'Enter the day it was done',
    });
    expect(
      validateAction(
        { ...action, status: 'DONE', startedOn: '2026-10-01', doneOn: '2026-09-30' },
        today,
      ),
    ).toEqual({ doneOn: 'The day it was done cannot be before the day it started' });
  });

  it('lets a planned action have a future start day, but not a started one', () => {
    expect(
      validateAction({ ...action, status: 'PLANNED', startedOn: '2026-12-01' }, today),
    ).toEqual({});
    expect(
      validateAction({ ...action, status: 'IN_PROGRESS', startedOn: '2026-12-01' }, today),
    ).toEqual({
      startedOn: 'A start day in the future means the action is still planned',
    });
  });

  it('clears an emptied link or day instead of keeping the old one', () => {
    expect(toUpdateActionInput('a1', { ...action, policyId: '', doneOn: '' })).toEqual({
      id: 'a1',
      title: 'Saturday rota',
      description: null,
      owner: 'Priya Raman',
      status: 'PLANNED',
      policyId: null,
      themeId: null,
      teamId: null,
      startedOn: null,
      doneOn: null,
    });
  });
});

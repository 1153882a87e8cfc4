import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '../../graphql/generated/graphql';
import { MANAGER_ROLES } from '../../session/roles';
import { apiError } from '../../test/fixtures';
import { aSession, aSessionStore, renderPage, TEST_NOW, type Mock } from '../../test/render';
import { ReviewNotesDocument, SaveReviewNotesDocument } from './graphql/review-notes';
import { ReviewNotes } from './ReviewNotes';
import { useReviewNotes } from './useReviewNotes';

// Saves wait for typing to pause (600 ms) and mocked answers take up to 50 ms: a busy machine
// gets room to spare before a wait gives up.

const october = { from: '2026-10-01', to: '2026-11-01' };
const label = 'What was decided in the review of Oct 2026';

/** 14:32 UTC on the page clock's day, so the status line shows the time alone (tests run in UTC). */
const todayAt = (time: string) => `${TEST_NOW.slice(0, 10)}T${time}:00.000Z`;

const aNote = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'ReviewNote' as const,
  id: 'note-1',
  ...october,
  text: 'Decided: Dana reviews the receipt rule by 30 Nov.',
  version: 3,
  updatedAt: todayAt('14:32'),
  updatedBy: { __typename: 'ReviewNoteEditor' as const, id: 'user-2', name: 'Dana Whitfield' },
  ...overrides,
});
const byAlex = { __typename: 'ReviewNoteEditor' as const, id: 'user-3', name: 'Alex Morgan' };
const bySam = { __typename: 'ReviewNoteEditor' as const, id: 'user-1', name: 'Sam Lee' };

function notesMock(note: ReturnType<typeof aNote> | null, result?: Mock['result']): Mock {
  return {
    request: { query: ReviewNotesDocument, variables: october },
    result: result ?? { data: { reviewNotes: note } },
  };
}

function saveMock(
  input: { text: string; expectedVersion: number | null },
  result: Mock['result'],
): Mock {
  return {
    request: { query: SaveReviewNotesDocument, variables: { input: { ...october, ...input } } },
    result,
  };
}

function Notes({ canWrite }: { canWrite: boolean }) {
  const notes = useReviewNotes(october, canWrite);
  return <ReviewNotes notes={notes} canWrite={canWrite} periodLabel="Oct 2026" />;
}

function renderNotes(mocks: Mock[], role: Role = 'MANAGER') {
  return renderPage(<Notes canWrite={MANAGER_ROLES.includes(role)} />, {
    route: '/review',
    store: aSessionStore(aSession({ role })),
    mocks,
  });
}

/** The field once the stored notes arrived (it stays disabled while they load). */
async function loadedField(): Promise<HTMLElement> {
  const field = screen.getByLabelText(label);
  await waitFor(() => expect(field).toBeEnabled());
  return field;
}

describe('ReviewNotes', () => {
  it('loads the team’s notes for the period and says who saved them when', async () => {
    renderNotes([notesMock(aNote())]);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the notes…');
    expect(screen.getByLabelText(label)).toBeDisabled();
    expect(await screen.findByText('Saved at 14:32 by Dana Whitfield.')).toBeInTheDocument();
    expect(screen.getByLabelText(label)).toHaveValue(
      'Decided: Dana reviews the receipt rule by 30 Nov.',
    );
    expect(screen.getByLabelText(label)).toBeEnabled();
    expect(screen.queryByText(/this browser/)).not.toBeInTheDocument();
  });

  it('starts empty when nobody has written notes for the period', async () => {
    renderNotes([notesMock(null)]);
    const field = await loadedField();
    expect(field).toHaveValue('');
    expect(field).toBeEnabled();
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('saves the notes once typing pauses, on top of the version it loaded', async () => {
    const mine = 'Decided: Dana reviews the receipt rule by 30 Nov. Sam books the room.';
    renderNotes([
      notesMock(aNote()),
      saveMock(
        { text: mine, expectedVersion: 3 },
        {
          data: {
            saveReviewNotes: aNote({
              text: mine,
              version: 4,
              updatedAt: todayAt('14:40'),
              updatedBy: bySam,
            }),
          },
        },
      ),
    ]);
    const field = await loadedField();
    const user = userEvent.setup();
    await user.click(field);
    await user.paste(' Sam books the room.');
    expect(screen.getByRole('status')).toHaveTextContent('Saving…');
    expect(await screen.findByText('Saved at 14:40 by Sam Lee.')).toBeInTheDocument();
    expect(field).toHaveValue(mine);
  });

  it('says why a save failed and saves again on request', async () => {
    renderNotes([
      notesMock(null),
      saveMock(
        { text: 'Decided: A.', expectedVersion: null },
        apiError('INTERNAL_SERVER_ERROR', 'boom'),
      ),
      saveMock(
        { text: 'Decided: A.', expectedVersion: null },
        {
          data: {
            saveReviewNotes: aNote({
              text: 'Decided: A.',
              version: 1,
              updatedAt: todayAt('09:05'),
              updatedBy: bySam,
            }),
          },
        },
      ),
    ]);
    const field = await loadedField();
    const user = userEvent.setup();
    await user.click(field);
    await user.paste('Decided: A.');
    expect(
      await screen.findByText(/^Not saved: Something went wrong on our side/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try saving again' }));
    expect(await screen.findByText('Saved at 09:05 by Sam Lee.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try saving again' })).not.toBeInTheDocument();
  });

  describe('when a colleague saved in between', () => {
    const conflictMessage =
      'Alex Morgan saved these notes at 2026-11-02 14:35 UTC (version 4) after version 3, which yours were based on. Reload their notes or overwrite them with yours.';
    const theirs = aNote({
      text: 'Decided: Alex takes the receipt rule instead.',
      version: 4,
      updatedAt: todayAt('14:35'),
      updatedBy: byAlex,
    });
    const mine = 'Decided: Dana reviews the receipt rule by 30 Nov. And by 15 Dec.';
    const conflictMocks = [
      notesMock(aNote()),
      saveMock(
        { text: mine, expectedVersion: 3 },
        apiError('CONFLICT', conflictMessage, [
          { field: 'expectedVersion', rule: 'stale', message: conflictMessage },
        ]),
      ),
      notesMock(theirs),
    ];

    async function editIntoConflict(extra: Mock[] = []) {
      renderNotes([...conflictMocks, ...extra]);
      const field = await loadedField();
      const user = userEvent.setup();
      await user.click(field);
      await user.paste(' And by 15 Dec.');
      const alert = await screen.findByRole('alert');
      return { field, user, alert };
    }

    it('shows their newer notes next to mine and names who saved them', async () => {
      const { field, alert } = await editIntoConflict();
      expect(alert).toHaveTextContent('A colleague saved newer notes');
      expect(alert).toHaveTextContent(conflictMessage);
      expect(within(alert).getByRole('blockquote')).toHaveTextContent(
        'Decided: Alex takes the receipt rule instead.',
      );
      expect(alert).toHaveTextContent('Their notes (Alex Morgan):');
      expect(screen.getByRole('status')).toHaveTextContent(
        'Not saved: a colleague saved newer notes.',
      );
      // Mine stay in the field until I choose.
      expect(field).toHaveValue(mine);
    });

    it('reloads their notes on request', async () => {
      const { field, user, alert } = await editIntoConflict();
      await user.click(within(alert).getByRole('button', { name: 'Reload their notes' }));
      expect(field).toHaveValue('Decided: Alex takes the receipt rule instead.');
      expect(screen.getByRole('status')).toHaveTextContent('Saved at 14:35 by Alex Morgan.');
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    });

    it('overwrites their notes with mine on request, on top of their version', async () => {
      const { field, user, alert } = await editIntoConflict([
        saveMock(
          { text: mine, expectedVersion: 4 },
          {
            data: {
              saveReviewNotes: aNote({
                text: mine,
                version: 5,
                updatedAt: todayAt('14:36'),
                updatedBy: bySam,
              }),
            },
          },
        ),
      ]);
      await user.click(within(alert).getByRole('button', { name: 'Overwrite with mine' }));
      expect(await screen.findByText('Saved at 14:36 by Sam Lee.')).toBeInTheDocument();
      expect(field).toHaveValue(mine);
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    });
  });

  it('shows the notes read-only to a process owner, saying who may write them', async () => {
    renderNotes([notesMock(aNote())], 'PROCESS_OWNER');
    expect(await screen.findByText('Saved at 14:32 by Dana Whitfield.')).toBeInTheDocument();
    const field = screen.getByLabelText(label);
    expect(field).toBeDisabled();
    expect(field).toHaveValue('Decided: Dana reviews the receipt rule by 30 Nov.');
    expect(field).toHaveAccessibleDescription(
      'Read only: managers and admins record the review’s decisions.',
    );
  });

  it('says when the notes could not be loaded and loads them again on request', async () => {
    renderNotes([notesMock(null, apiError('INTERNAL_SERVER_ERROR', 'boom')), notesMock(aNote())]);
    expect(await screen.findByText(/^The notes could not be loaded\./)).toBeInTheDocument();
    expect(screen.getByLabelText(label)).toBeDisabled();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Load the notes again' }));
    expect(await screen.findByText('Saved at 14:32 by Dana Whitfield.')).toBeInTheDocument();
    expect(screen.getByLabelText(label)).toBeEnabled();
  });
});

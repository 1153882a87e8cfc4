import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, viewerMock } from '../../test/fixtures';
import { aSession, aSessionStore, renderPage, type Mock } from '../../test/render';
import { CreateThemeDocument, SettingsThemesDocument, UpdateThemeDocument } from './graphql/themes';
import { aTheme } from '../../test/settings-fixtures';
import ThemesSettingsPage from './ThemesSettingsPage';

const waiting = aTheme(
  'theme-waiting',
  'Waiting times',
  ['on hold', 'queue'],
  ['I was on hold for an hour.'],
);
const themesMock: Mock = {
  request: { query: SettingsThemesDocument },
  result: { data: { themes: [waiting] } },
};

function renderThemes(mocks: Mock[]) {
  return renderPage(<ThemesSettingsPage />, {
    route: '/settings/themes',
    store: aSessionStore(aSession({ role: 'PROCESS_OWNER' })),
    mocks: [viewerMock('PROCESS_OWNER'), themesMock, ...mocks],
  });
}

describe('ThemesSettingsPage', () => {
  it('lists each theme with its keywords and how many examples teach it', async () => {
    renderThemes([]);
    const row = within(await screen.findByRole('table', { name: 'Themes' })).getAllByRole('row')[1];
    expect(within(row).getByRole('list', { name: 'Keywords of Waiting times' })).toHaveTextContent(
      'on holdqueue',
    );
    expect(row).toHaveTextContent(/1Edit$/);
  });

  it('lets a process owner add keywords and examples, sending the whole lists', async () => {
    renderThemes([
      {
        request: {
          query: UpdateThemeDocument,
          variables: {
            input: {
              id: 'theme-waiting',
              name: 'Waiting times',
              description: null,
              keywords: ['on hold', 'queue', 'still waiting'],
              examples: ['I was on hold for an hour.', 'Nobody answered for 40 minutes.'],
            },
          },
        },
        result: {
          data: {
            updateTheme: aTheme(
              'theme-waiting',
              'Waiting times',
              ['on hold', 'queue', 'still waiting'],
              ['I was on hold for an hour.', 'Nobody answered for 40 minutes.'],
            ),
          },
        },
      },
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit Waiting times' }));
    await user.type(screen.getByRole('textbox', { name: 'Keywords' }), 'still waiting{Enter}');
    await user.type(
      screen.getByRole('textbox', { name: /Labelled examples/ }),
      'Nobody answered for 40 minutes.',
    );
    await user.click(screen.getByRole('button', { name: 'Add example' }));
    expect(screen.getByRole('list', { name: 'Keyword list' })).toHaveTextContent('still waiting');
    await user.click(screen.getByRole('button', { name: 'Save theme' }));
    expect(
      await screen.findByText(/Saved the theme “Waiting times”. History is re-analysed/),
    ).toBeInTheDocument();
  });

  it('refuses a repeated keyword in place, before anything is sent', async () => {
    renderThemes([]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit Waiting times' }));
    await user.type(screen.getByRole('textbox', { name: 'Keywords' }), 'Queue{Enter}');
    expect(screen.getByRole('textbox', { name: 'Keywords' })).toHaveAccessibleDescription(
      /Error: “Queue” is already in the list/,
    );
  });

  it('shows a keyword the analysis cannot read beside the keywords, naming it', async () => {
    renderThemes([
      {
        request: {
          query: CreateThemeDocument,
          variables: {
            input: { name: 'Engineers', description: null, keywords: ['no-show'], examples: [] },
          },
        },
        result: apiError('BAD_USER_INPUT', 'Invalid input', [
          {
            field: 'keywords',
            rule: 'pattern',
            message:
              'keywords: theme "Engineers": keyword pattern "no-show": "no-show" must be a single word',
          },
        ]),
      },
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add a theme' }));
    await user.type(screen.getByLabelText('Name'), 'Engineers');
    await user.type(screen.getByRole('textbox', { name: 'Keywords' }), 'no-show{Enter}');
    await user.click(screen.getByRole('button', { name: 'Add theme' }));
    const message = 'The analysis cannot read the keyword “no-show”: it must be a single word.';
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.getByRole('textbox', { name: 'Keywords' })).toHaveAccessibleDescription(
      new RegExp(`Error: ${message}`),
    );
    // Removing the keyword clears the problem.
    await user.click(screen.getByRole('button', { name: 'Remove keyword “no-show”' }));
    expect(screen.getByRole('textbox', { name: 'Keywords' })).not.toHaveAccessibleDescription(
      /Error/,
    );
  });
});

import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ANALYST_ROLES } from '../../app/navigation';
import { useCurrentUser } from '../../app/useCurrentUser';
import type { ThemeFieldsFragment } from '../../graphql/generated/graphql';
import { explorerUrl } from '../../lib/explorer-url';
import { formatNumber } from '../../lib/format';
import { SHORT_TEXT_LIMIT } from '../../lib/limits';
import { Badge, BadgeList } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { ListField } from '../../ui/fields/ListField';
import { TextAreaField } from '../../ui/fields/TextAreaField';
import { TextField } from '../../ui/fields/TextField';
import { PageHeader } from '../../ui/PageHeader';
import { useFormErrors } from '../../ui/useFormErrors';
import { EditorCard, SaveStatus } from './EditorCard';
import { CreateThemeDocument, SettingsThemesDocument, UpdateThemeDocument } from './graphql/themes';
import { DESCRIPTION_LIMIT, MAX_EXAMPLES, MAX_TERMS } from './limits';
import { ListStates } from './ListStates';
import {
  emptyTheme,
  THEME_FIELD_IDS,
  THEME_SERVER_MESSAGES,
  themeDraftOf,
  toCreateThemeInput,
  toUpdateThemeInput,
  validateTheme,
  type ThemeDraft,
} from './theme-form';
import { useEditing } from './useEditing';

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
const KEYWORDS_SHOWN = 6;

/** The organisation's own taxonomy: keywords seed each theme, examples and corrections teach it. */
export default function ThemesSettingsPage() {
  const user = useCurrentUser();
  const canEdit = user ? ANALYST_ROLES.includes(user.role) : false;
  const query = useQuery(SettingsThemesDocument);
  const editor = useEditing();
  const themes = query.data?.themes ?? [];
  const editing = themes.find((theme) => theme.id === editor.editing) ?? null;

  return (
    <>
      <PageHeader
        eyebrow="Settings"
        title="Themes"
        description="Topics in your own words. Keywords find a theme from the first day; labelled examples and the corrections made in the Explorer train the theme model."
        actions={
          canEdit && editor.editing === null ? (
            <Button id="theme-add" onClick={() => editor.open('new')}>
              Add a theme
            </Button>
          ) : null
        }
      />
      <SaveStatus message={editor.message} />
      {editor.editing !== null ? (
        <ThemeEditor
          key={editor.editing}
          theme={editing}
          onSaved={(theme, created) =>
            editor.close({
              message: `${created ? 'Added' : 'Saved'} the theme “${theme.name}”. History is re-analysed in the background.`,
              focusId: `theme-edit-${theme.id}`,
            })
          }
          onCancel={() =>
            editor.close({ focusId: editing ? `theme-edit-${editing.id}` : 'theme-add' })
          }
        />
      ) : null}
      <ListStates
        query={query}
        what="themes"
        empty={themes.length === 0}
        emptyTitle="No themes yet"
        emptyText="Add the topics your customers and staff talk about, with a few keywords each."
      >
        <div className="table-frame">
          <table className="data-table data-table--records">
            <caption className="visually-hidden">Themes</caption>
            <thead>
              <tr>
                <th scope="col">Theme</th>
                <th scope="col">Keywords</th>
                <th scope="col" className="data-table__number">
                  Examples
                </th>
                <th scope="col" className="data-table__actions">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {themes.map((theme) => (
                <tr key={theme.id}>
                  <th scope="row">
                    <Link to={explorerUrl({ themeIds: [theme.id] })}>{theme.name}</Link>
                    {theme.description ? (
                      <p className="settings__secondary">{theme.description}</p>
                    ) : null}
                  </th>
                  <td>
                    {theme.keywords.length > 0 ? (
                      <BadgeList label={`Keywords of ${theme.name}`}>
                        {theme.keywords.slice(0, KEYWORDS_SHOWN).map((keyword) => (
                          <li key={keyword}>
                            <Badge>{keyword}</Badge>
                          </li>
                        ))}
                        {theme.keywords.length > KEYWORDS_SHOWN ? (
                          <li>
                            <Badge tone="neutral" variant="outline">
                              +{theme.keywords.length - KEYWORDS_SHOWN}
                              <span className="visually-hidden"> more</span>
                            </Badge>
                          </li>
                        ) : null}
                      </BadgeList>
                    ) : (
                      <span className="data-table__muted">None</span>
                    )}
                  </td>
                  <td className="data-table__number">{formatNumber(theme.examples.length)}</td>
                  <td className="data-table__actions">
                    {canEdit ? (
                      <Button
                        id={`theme-edit-${theme.id}`}
                        variant="secondary"
                        size="sm"
                        aria-label={`Edit ${theme.name}`}
                        onClick={() => editor.open(theme.id)}
                      >
                        Edit
                      </Button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </ListStates>
    </>
  );
}

function ThemeEditor({
  theme,
  onSaved,
  onCancel,
}: {
  theme: ThemeFieldsFragment | null;
  onSaved: (theme: ThemeFieldsFragment, created: boolean) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<ThemeDraft>(() =>
    theme ? themeDraftOf(theme) : emptyTheme(),
  );
  const form = useFormErrors(THEME_FIELD_IDS, THEME_SERVER_MESSAGES);
  const [createTheme, creating] = useMutation(CreateThemeDocument, {
    update(cache, { data }) {
      const created = data?.createTheme;
      if (!created) return;
      cache.updateQuery({ query: SettingsThemesDocument }, (current) =>
        current ? { themes: [...current.themes, created].sort(byName) } : undefined,
      );
    },
  });
  const [updateTheme, updating] = useMutation(UpdateThemeDocument);
  const busy = creating.loading || updating.loading;

  const update = <K extends keyof ThemeDraft>(field: K, value: ThemeDraft[K]) => {
    setDraft((current) => ({ ...current, [field]: value }));
    form.clearField(field);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || form.rejectLocally(validateTheme(draft))) return;
    try {
      if (theme) {
        const { data } = await updateTheme({
          variables: { input: toUpdateThemeInput(theme.id, draft) },
        });
        if (data) onSaved(data.updateTheme, false);
      } else {
        const { data } = await createTheme({ variables: { input: toCreateThemeInput(draft) } });
        if (data) onSaved(data.createTheme, true);
      }
    } catch (error) {
      form.rejectFromServer(error);
    }
  }

  const title = theme ? `Edit ${theme.name}` : 'Add a theme';
  return (
    <EditorCard title={title}>
      <form className="form" noValidate aria-label={title} onSubmit={(event) => void submit(event)}>
        <ErrorSummary problems={form.problems} attempt={form.attempt} />
        <TextField
          id={THEME_FIELD_IDS.name}
          label="Name"
          value={draft.name}
          onChange={(value) => update('name', value)}
          error={form.errors.name}
          autoComplete="off"
        />
        <TextAreaField
          id={THEME_FIELD_IDS.description}
          label="Description"
          optional
          hint="What belongs in the theme, so everyone files items the same way."
          rows={2}
          maxCharacters={DESCRIPTION_LIMIT}
          value={draft.description}
          onChange={(value) => update('description', value)}
          error={form.errors.description}
        />
        <ListField
          id={THEME_FIELD_IDS.keywords}
          label="Keywords"
          hint="Words and short phrases that signal the theme, written as customers write them (“refund”, “money back”)."
          noun="keyword"
          maxItems={MAX_TERMS}
          maxLength={SHORT_TEXT_LIMIT}
          values={draft.keywords}
          onChange={(values) => update('keywords', values)}
          error={form.errors.keywords}
        />
        <ListField
          id={THEME_FIELD_IDS.examples}
          label="Labelled examples"
          optional
          multiline
          hint="Texts that are clearly about this theme. The theme model learns from them (and from corrections). Ctrl + Enter adds one."
          noun="example"
          maxItems={MAX_EXAMPLES}
          maxLength={DESCRIPTION_LIMIT}
          values={draft.examples}
          onChange={(values) => update('examples', values)}
          error={form.errors.examples}
        />
        <p className="form__note">
          Saving a new name or keywords re-analyses history in the background (see Re-analysis).
        </p>
        <div className="form__actions">
          <Button type="submit" busy={busy}>
            {theme ? 'Save theme' : 'Add theme'}
          </Button>
          <Button variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        </div>
      </form>
    </EditorCard>
  );
}

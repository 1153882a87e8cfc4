import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { CONFIGURER_ROLES } from '../../session/roles';
import { useCurrentUser } from '../../session/useCurrentUser';
import type { ThemeFieldsFragment } from '../../graphql/generated/graphql';
import { explorerUrl } from '../../lib/explorer-url';
import { formatNumber } from '../../lib/format';
import { SHORT_TEXT_LIMIT } from '../../lib/limits';
import { Badge, BadgeList } from '../../ui/Badge';
import { ListField } from '../../ui/fields/ListField';
import { TextAreaField } from '../../ui/fields/TextAreaField';
import { TextField } from '../../ui/fields/TextField';
import { PageHeader } from '../../ui/PageHeader';
import { SaveStatus } from './EditorCard';
import { EditorForm } from './EditorForm';
import { CreateThemeDocument, SettingsThemesDocument, UpdateThemeDocument } from './graphql/themes';
import { DESCRIPTION_LIMIT, MAX_EXAMPLES, MAX_TERMS } from './limits';
import { ListStates } from './ListStates';
import { AddRecordButton, EditRecordButton } from './RecordButtons';
import { byName } from './records';
import { RecordsTable } from './RecordsTable';
import {
  emptyTheme,
  THEME_FIELD_IDS,
  THEME_SERVER_MESSAGES,
  themeDraftOf,
  toCreateThemeInput,
  toUpdateThemeInput,
  validateTheme,
} from './theme-form';
import { useRecordEditor } from './useRecordEditor';
import { useRecordForm } from './useRecordForm';

const KEYWORDS_SHOWN = 6;

/** The organisation's own taxonomy: keywords seed each theme, examples and corrections teach it. */
export default function ThemesSettingsPage() {
  const user = useCurrentUser();
  const canEdit = user ? CONFIGURER_ROLES.includes(user.role) : false;
  const query = useQuery(SettingsThemesDocument);
  const themes = query.data?.themes ?? [];
  const editor = useRecordEditor(themes, 'theme');

  return (
    <>
      <PageHeader
        eyebrow="Settings"
        title="Themes"
        description="Topics in your own words. Keywords find a theme from the first day; labelled examples and the corrections made in the Explorer train the theme model."
        actions={
          canEdit && editor.editing === null ? (
            <AddRecordButton editor={editor}>Add a theme</AddRecordButton>
          ) : null
        }
      />
      <SaveStatus message={editor.message} />
      {editor.editing !== null ? (
        <ThemeEditor
          key={editor.editing}
          theme={editor.record}
          onSaved={(theme, created) =>
            editor.saved(
              theme,
              `${created ? 'Added' : 'Saved'} the theme “${theme.name}”. History is re-analysed in the background.`,
            )
          }
          onCancel={editor.cancel}
        />
      ) : null}
      <ListStates
        query={query}
        what="themes"
        empty={themes.length === 0}
        emptyTitle="No themes yet"
        emptyText="Add the topics your customers and staff talk about, with a few keywords each."
      >
        <RecordsTable
          caption="Themes"
          columns={
            <>
              <th scope="col">Theme</th>
              <th scope="col">Keywords</th>
              <th scope="col" className="data-table__number">
                Examples
              </th>
            </>
          }
        >
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
                    <EditRecordButton editor={editor} id={theme.id} name={theme.name} />
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </RecordsTable>
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
  const { draft, update, form, submit } = useRecordForm({
    initial: () => (theme ? themeDraftOf(theme) : emptyTheme()),
    fieldIds: THEME_FIELD_IDS,
    serverMessages: THEME_SERVER_MESSAGES,
    validate: validateTheme,
    busy,
    async save(draft) {
      if (theme) {
        const { data } = await updateTheme({
          variables: { input: toUpdateThemeInput(theme.id, draft) },
        });
        if (data) onSaved(data.updateTheme, false);
      } else {
        const { data } = await createTheme({ variables: { input: toCreateThemeInput(draft) } });
        if (data) onSaved(data.createTheme, true);
      }
    },
  });

  return (
    <EditorForm
      title={theme ? `Edit ${theme.name}` : 'Add a theme'}
      form={form}
      busy={busy}
      submitLabel={theme ? 'Save theme' : 'Add theme'}
      onSubmit={submit}
      onCancel={onCancel}
    >
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
    </EditorForm>
  );
}

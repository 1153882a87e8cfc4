import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { describeError } from '../../lib/graphql-errors';
import { listInWords } from '../../lib/labels';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { FieldError } from '../../ui/fields/Field';
import { CorrectItemThemesDocument } from './graphql/items';
import { themeChange, validateThemeChoice } from './theme-correction';

export interface ThemeChoice {
  id: string;
  name: string;
  description: string | null;
}

/**
 * Analysts set the themes an item is about. The correction replaces what the analysis found,
 * survives re-analysis, and is a labelled example for the next theme model.
 */
export function ThemeCorrection({
  itemId,
  current,
  themes,
  themesError,
}: {
  itemId: string;
  /** The item's theme ids now. */
  current: readonly string[];
  themes: readonly ThemeChoice[];
  themesError: boolean;
}) {
  const [draft, setDraft] = useState<string[] | null>(null);
  const [query, setQuery] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [correct, { loading }] = useMutation(CorrectItemThemesDocument);
  const listId = useId();
  const chosen = draft ?? [...current];
  const change = themeChange(current, chosen);
  const name = (id: string) => themes.find((theme) => theme.id === id)?.name ?? 'an unknown theme';
  const needle = query.trim().toLowerCase();
  // The item's themes come first, so what it is tagged with now is in view; ticking does not
  // reorder the list (the order follows what is saved).
  const ordered = [
    ...themes.filter((theme) => current.includes(theme.id)),
    ...themes.filter((theme) => !current.includes(theme.id)),
  ];
  const shown = needle
    ? ordered.filter(
        (theme) => theme.name.toLowerCase().includes(needle) || chosen.includes(theme.id),
      )
    : ordered;

  const toggle = (id: string, checked: boolean) => {
    setSaved(null);
    setProblem(null);
    setDraft(checked ? [...chosen, id] : chosen.filter((other) => other !== id));
  };

  const save = async () => {
    const invalid = validateThemeChoice(chosen);
    if (invalid) {
      setProblem(invalid);
      return;
    }
    try {
      await correct({ variables: { input: { itemId, themeIds: chosen } } });
      setDraft(null);
      setProblem(null);
      setSaved(
        chosen.length === 0
          ? 'Saved: no theme applies to this item.'
          : `Saved: ${listInWords(chosen.map(name))}.`,
      );
    } catch (error) {
      setProblem(describeError(error).message);
    }
  };

  if (themesError) {
    return (
      <Alert tone="danger" role="alert">
        The list of themes could not be loaded, so themes cannot be corrected just now.
      </Alert>
    );
  }

  return (
    <div className="theme-correction">
      <p className="theme-correction__intro">
        Tick every theme this item is about. Your choice replaces what the analysis found, is kept
        when history is re-analysed, and teaches the next theme model (
        <Link to="/settings/analysis">train it in Settings</Link>).
      </p>
      {themes.length > 8 ? (
        <input
          type="search"
          className="field__control theme-correction__search"
          aria-label="Find a theme"
          aria-controls={listId}
          placeholder="Find a theme"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      ) : null}
      <fieldset className="theme-correction__list" id={listId}>
        <legend className="visually-hidden">Themes of this item</legend>
        <FieldError id="theme-correction" error={problem ?? undefined} />
        {shown.map((theme) => (
          <label key={theme.id} className="theme-correction__option">
            <input
              type="checkbox"
              checked={chosen.includes(theme.id)}
              onChange={(event) => toggle(theme.id, event.target.checked)}
            />
            <span>
              <span className="theme-correction__name">{theme.name}</span>
              {theme.description ? (
                <span className="theme-correction__description">{theme.description}</span>
              ) : null}
            </span>
          </label>
        ))}
        {shown.length === 0 ? <p className="theme-correction__none">No theme matches.</p> : null}
      </fieldset>
      {change.changed ? (
        <p className="theme-correction__change">
          {change.added.length > 0 ? `Adds ${listInWords(change.added.map(name))}. ` : ''}
          {change.removed.length > 0 ? `Removes ${listInWords(change.removed.map(name))}.` : ''}
        </p>
      ) : null}
      <div className="form__actions">
        <Button onClick={() => void save()} busy={loading} disabled={!change.changed}>
          Save themes
        </Button>
        {change.changed ? (
          <Button variant="ghost" onClick={() => setDraft(null)}>
            Undo changes
          </Button>
        ) : null}
      </div>
      <div role="status" aria-live="polite" className="form-status">
        {saved ? (
          <Alert tone="success" title="Themes corrected">
            {saved} The correction is kept and will train the next theme model.
          </Alert>
        ) : null}
      </div>
    </div>
  );
}

import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import './FilterMenu.css';

export interface FilterOption<V extends string> {
  value: V;
  label: string;
  /** Options with the same group are listed together under its name. */
  group?: string;
}

export interface FilterMenuProps<V extends string> {
  label: string;
  options: readonly FilterOption<V>[];
  selected: readonly V[];
  onChange: (selected: V[]) => void;
  /** Adds a box that narrows a long list of options as you type. */
  searchable?: boolean;
  /** Shown while the options load. */
  loading?: boolean;
}

/**
 * A multi-select filter: a button that names its choices, opening a list of checkboxes.
 * Escape or a click elsewhere closes it; focus returns to the button.
 */
export function FilterMenu<V extends string>({
  label,
  options,
  selected,
  onChange,
  searchable = false,
  loading = false,
}: FilterMenuProps<V>) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const titleId = useId();

  useEffect(() => {
    if (!open) return;
    const closeOnOutsidePointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOnOutsidePointer);
    // The first control of the panel takes focus, so the keyboard lands in the list.
    panelRef.current?.querySelector<HTMLElement>('input')?.focus();
    return () => document.removeEventListener('pointerdown', closeOnOutsidePointer);
  }, [open]);

  const close = (returnFocus: boolean) => {
    setOpen(false);
    setQuery('');
    if (returnFocus) buttonRef.current?.focus();
  };

  const chosen = options.filter((option) => selected.includes(option.value));
  const summary =
    chosen.length === 0
      ? 'Any'
      : chosen.length === 1
        ? chosen[0].label
        : `${chosen[0].label} +${chosen.length - 1}`;
  const needle = query.trim().toLowerCase();
  const shown = needle
    ? options.filter((option) => option.label.toLowerCase().includes(needle))
    : options;
  const groups = [...new Set(shown.map((option) => option.group ?? ''))];

  const toggle = (value: V, checked: boolean) =>
    onChange(
      checked
        ? options.map((option) => option.value).filter((v) => v === value || selected.includes(v))
        : selected.filter((v) => v !== value),
    );

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      close(true);
    }
  };
  const onBlur = (event: FocusEvent) => {
    // Tabbing out of the panel closes it.
    if (open && !rootRef.current?.contains(event.relatedTarget as Node | null)) close(false);
  };

  return (
    <div className="filter-menu" ref={rootRef} onKeyDown={onKeyDown} onBlur={onBlur}>
      <button
        ref={buttonRef}
        type="button"
        className={`filter-menu__button${chosen.length > 0 ? ' filter-menu__button--active' : ''}`}
        aria-expanded={open}
        aria-controls={panelId}
        // The full choice, not the "+1" shorthand the button shows.
        aria-label={`${label}: ${chosen.length === 0 ? 'Any' : chosen.map((option) => option.label).join(', ')}`}
        onClick={() => (open ? close(false) : setOpen(true))}
      >
        <span className="filter-menu__label">{label}</span>
        <span className="filter-menu__summary">{summary}</span>
        <span className="filter-menu__chevron" aria-hidden="true" />
      </button>
      <div
        ref={panelRef}
        id={panelId}
        className="filter-menu__panel"
        role="group"
        aria-labelledby={titleId}
        hidden={!open}
      >
        <p className="filter-menu__title" id={titleId}>
          {label}
        </p>
        {searchable ? (
          <input
            type="search"
            className="filter-menu__search"
            aria-label={`Find in ${label}`}
            placeholder="Type to narrow the list"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        ) : null}
        {loading ? <p className="filter-menu__note">Loading…</p> : null}
        {!loading && shown.length === 0 ? (
          <p className="filter-menu__note">Nothing matches “{query.trim()}”.</p>
        ) : null}
        <div className="filter-menu__options">
          {groups.map((group) => (
            <div key={group} className="filter-menu__group">
              {group ? (
                <p className="filter-menu__group-title" aria-hidden="true">
                  {group}
                </p>
              ) : null}
              {shown
                .filter((option) => (option.group ?? '') === group)
                .map((option) => (
                  <label key={option.value} className="filter-menu__option">
                    <input
                      type="checkbox"
                      checked={selected.includes(option.value)}
                      onChange={(event) => toggle(option.value, event.target.checked)}
                    />
                    <span>
                      {option.label}
                      {option.group ? (
                        <span className="visually-hidden"> ({option.group})</span>
                      ) : null}
                    </span>
                  </label>
                ))}
            </div>
          ))}
        </div>
        <div className="filter-menu__footer">
          <button
            type="button"
            className="filter-menu__link"
            disabled={selected.length === 0}
            onClick={() => onChange([])}
          >
            Clear {label.toLowerCase()}
          </button>
          <button type="button" className="filter-menu__link" onClick={() => close(true)}>
            Done
          </button>
        </div>
      </div>
    </div>
  );
}

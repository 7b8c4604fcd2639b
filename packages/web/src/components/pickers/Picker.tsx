/**
 * A searchable picker: the WAI-ARIA APG editable combobox with a list popup. People type a name
 * (or a code), the list shows matches by name with the code beside it, and arrows, Enter and
 * Escape work as in any combobox. One choice shows in the box; several show as a list above it,
 * each with a button to remove it. Options come from a `PickerSource`: a large list is searched on
 * the server, never loaded whole.
 */
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { isListKey, nextActive, optionId } from './combobox-keys';
import { badgeOf, optionText, type PickerOption } from './picker-options';
import type { PickerSource } from './picker-sources';
import { useChosenOptions, useOptionSearch } from './usePickerSearch';
import './pickers.css';

export interface PickerProps {
  /** The input's id (its label points at it; a form moves focus here when the field is refused). */
  id: string;
  label: string;
  hint?: string;
  /** What is wrong with the choice, in the user's language: marks the field and shows under it. */
  error?: string | null;
  source: PickerSource;
  /** The chosen codes: at most one unless `multiple`. */
  value: readonly string[];
  onChange: (codes: string[]) => void;
  multiple?: boolean;
  /** Submits each chosen code under this name with a plain form (filters that navigate by GET). */
  name?: string;
  disabled?: boolean;
}

export function Picker({
  id,
  label,
  hint,
  error,
  source,
  value,
  onChange,
  multiple = false,
  name,
  disabled,
}: PickerProps) {
  const { t, tn } = useI18n();
  const listId = `${id}-list`;
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const statusId = `${id}-status`;
  const labelId = useId();
  const input = useRef<HTMLInputElement>(null);
  const chosen = useChosenOptions(source, value);
  const single = multiple ? null : (chosen[0] ?? null);
  const [text, setText] = useState(single ? optionText(single) : '');
  const [editing, setEditing] = useState(false);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const query = editing ? text : '';
  const search = useOptionSearch(source, open ? query : null, multiple ? value : []);
  const options = search.options;

  // The box of a single picker shows the choice whenever nobody is typing in it.
  const singleText = single ? optionText(single) : '';
  useEffect(() => {
    if (!multiple && !editing) setText(singleText);
  }, [multiple, editing, singleText]);
  // A new answer starts with nothing highlighted.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the options are the trigger
  useEffect(() => setActive(-1), [options]);

  const choose = (option: PickerOption) => {
    onChange(multiple ? [...value, option.code] : [option.code]);
    setEditing(false);
    setOpen(false);
    setText(multiple ? '' : optionText(option));
    input.current?.focus();
  };
  const remove = (code: string) => {
    onChange(value.filter((chosenCode) => chosenCode !== code));
    input.current?.focus();
  };
  const close = () => {
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (isListKey(event.key)) {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        setEditing(true);
        return;
      }
      if (event.altKey) return;
      setActive(nextActive(active, options.length, event.key));
    } else if (event.key === 'Enter' && open && active >= 0) {
      event.preventDefault();
      const option = options[active];
      if (option) choose(option);
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        close();
      } else if (text) {
        event.preventDefault();
        setText('');
        setEditing(true);
        if (!multiple && value.length > 0) onChange([]);
      }
    }
  };

  const describedBy = [errorId, hintId, statusId].filter(Boolean).join(' ');
  const activeId = open && active >= 0 ? optionId(listId, active) : undefined;
  return (
    <div className="field picker">
      <label htmlFor={id} id={labelId}>
        {label}
      </label>
      {multiple && chosen.length > 0 ? (
        <ul className="picker__chosen" aria-label={t('picker.chosen', { label })}>
          {chosen.map((option) => (
            <li key={option.code} className="picker__chip">
              <span className="picker__chip-name">{option.name}</span>
              {badgeOf(option) ? <span className="picker__code">{badgeOf(option)}</span> : null}
              <button
                type="button"
                className="picker__remove"
                disabled={disabled}
                aria-label={t('picker.remove', { name: option.name })}
                onClick={() => remove(option.code)}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="picker__box">
        <input
          ref={input}
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={activeId}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          placeholder={multiple ? t('picker.placeholderMore') : t('picker.placeholder')}
          disabled={disabled}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setEditing(true);
            setOpen(true);
            if (!multiple && value.length > 0 && event.target.value.trim() === '') onChange([]);
          }}
          onFocus={() => {
            if (!multiple && single) input.current?.select();
          }}
          onClick={() => {
            setEditing(true);
            setOpen(true);
          }}
          onBlur={() => {
            close();
            setEditing(false);
          }}
          onKeyDown={onKeyDown}
        />
        <div className="picker__popup" hidden={!open}>
          <div id={listId} role="listbox" aria-labelledby={labelId} className="picker__list">
            {options.map((option, index) => (
              // Options are never focused: the box keeps focus and points at the highlighted one
              // (aria-activedescendant), and its keys choose, as the combobox pattern prescribes.
              // biome-ignore lint/a11y/useFocusableInteractive: see above
              // biome-ignore lint/a11y/useKeyWithClickEvents: see above
              <div
                key={option.code}
                id={optionId(listId, index)}
                role="option"
                aria-selected={index === active}
                className="picker__option"
                // Keeps focus in the box, so the click chooses instead of blurring first.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(option)}
              >
                <span className="picker__name">{option.name}</span>
                {badgeOf(option) ? <span className="picker__code">{badgeOf(option)}</span> : null}
                {option.detail ? <span className="picker__detail">{option.detail}</span> : null}
              </div>
            ))}
          </div>
          {search.message ? <p className="picker__message">{t(search.message)}</p> : null}
        </div>
      </div>
      <p id={statusId} className="visually-hidden" role="status">
        {open && !search.message && search.settled ? tn('picker.results', options.length) : ''}
      </p>
      {error ? (
        <p id={errorId as string} className="field__error">
          {error}
        </p>
      ) : null}
      {hint ? (
        <p id={hintId as string} className="field__hint">
          {hint}
        </p>
      ) : null}
      {name ? value.map((code) => <input key={code} type="hidden" name={name} value={code} />) : null}
    </div>
  );
}

/** A button that opens a form below it (aria-expanded) and closes it again; the form closes itself once saved. */
import { type ReactNode, useState } from 'react';

export function FormToggle({
  label,
  secondary = true,
  children,
}: {
  label: string;
  secondary?: boolean;
  /** The form; `close` hides it (after saving). */
  children: (close: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className={secondary ? 'button button--secondary button--small' : 'button button--small'}
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {label}
      </button>
      {open ? <div className="form-toggle__panel">{children(() => setOpen(false))}</div> : null}
    </>
  );
}

/**
 * The frame of the item and link forms: the form, the problems found as the user types, Cancel and the submit
 * button, offered only when there are no problems. Submitting runs the edit and closes the form.
 */
import { useId, type ReactNode } from 'react';

export interface EditFormProps {
  /** Problems with what is typed; the edit is offered only when there are none. */
  errors: readonly string[];
  /** Carries out the edit (called only when there are no problems). */
  onSubmit: () => void;
  onClose: () => void;
  /** The submit button's word: "Save" for an edit, "Add" for a new one. */
  submitLabel: string;
  children: ReactNode;
}

export function EditForm({ errors, onSubmit, onClose, submitLabel, children }: EditFormProps) {
  return (
    <form
      className="own-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (errors.length > 0) return;
        onSubmit();
        onClose();
      }}
    >
      {children}
      <FormErrors errors={errors} />
      <div className="own-actions">
        <span className="own-spacer" />
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="own-primary" disabled={errors.length > 0}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}

/** Up to eight problems, announced as they change. */
export function FormErrors({ errors }: { errors: readonly string[] }) {
  if (errors.length === 0) return null;
  return (
    <ul className="own-problems" aria-live="polite" data-testid="form-errors">
      {errors.slice(0, 8).map((e) => (
        <li key={e} className="own-error">
          {e}
        </li>
      ))}
    </ul>
  );
}

/**
 * The sources of an item or link as typed ("source id (page); another id"), offering the dataset's source ids as
 * suggestions.
 */
export function SourcesField({
  value,
  onChange,
  sourceIds,
}: {
  value: string;
  onChange: (value: string) => void;
  sourceIds: readonly string[];
}) {
  const listId = useId();
  return (
    <>
      <label>
        Sources{' '}
        <input
          value={value}
          onChange={(e) => onChange(e.target.value)}
          placeholder="source id (page); another id"
          list={listId}
        />
      </label>
      <datalist id={listId}>
        {sourceIds.map((id) => (
          <option key={id} value={id} />
        ))}
      </datalist>
    </>
  );
}

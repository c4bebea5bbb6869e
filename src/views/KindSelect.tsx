import type { Kind } from '../model/schema';

/** A labelled choice of one of the dataset's kinds (a column), as the coverage and matrix views offer. */
export function KindSelect({
  label,
  kinds,
  value,
  onChange,
}: {
  label: string;
  kinds: readonly Kind[];
  value: string;
  onChange: (kindId: string) => void;
}) {
  return (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {kinds.map((k) => (
          <option key={k.id} value={k.id}>
            {k.plural}
          </option>
        ))}
      </select>
    </label>
  );
}

import { CONFIDENCES } from '../model/schema';
import type { Confidence } from '../model/schema';

/** The labelled confidence choice of the item and link forms. */
export function ConfidenceSelect({ value, onChange }: { value: Confidence; onChange: (c: Confidence) => void }) {
  return (
    <label>
      Confidence
      <select value={value} onChange={(e) => onChange(e.target.value as Confidence)}>
        {CONFIDENCES.map((c) => (
          <option key={c}>{c}</option>
        ))}
      </select>
    </label>
  );
}

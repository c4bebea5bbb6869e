import type { Source, SourceRef } from '../model/schema';
import { SourceCitation } from './SourceCitation';

/** What a source's type is called in a list that states it (the table). */
const TYPE_TAG: Record<NonNullable<Source['type']>, string> = {
  authority: 'authority',
  copy: 'copy',
  secondary: 'secondary',
  file: 'file',
};

export interface SourceListProps {
  citations: readonly SourceRef[];
  /** The dataset's sources by id. */
  sources: ReadonlyMap<string, Source>;
  className?: string;
  /** Tag each citation with its source's type (authority, copy, secondary, file). @default false */
  typed?: boolean;
}

/** A node's or link's citations as a list, each a `SourceCitation`; says so when there are none. */
export function SourceList({ citations, sources, className, typed = false }: SourceListProps) {
  if (citations.length === 0) return <span className="gap-text">no source</span>;
  return (
    <ul className={className}>
      {citations.map((ref, i) => {
        const source = sources.get(ref.source);
        const type = source?.type ?? 'authority';
        return (
          <li key={i}>
            {typed && source ? <span className={`source-tag source-tag-${type}`}>{TYPE_TAG[type]}</span> : null}
            <SourceCitation source={source} citation={ref} />
          </li>
        );
      })}
    </ul>
  );
}

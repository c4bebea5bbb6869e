import type { Source, SourceRef } from '../model/schema';

/** What each source type is called next to a citation; the authority itself needs no word. */
const TYPE_NOTE: Record<NonNullable<Source['type']>, string | null> = {
  authority: null,
  copy: 'read in a third-party copy',
  secondary: 'secondary report, not the ITU document',
  file: 'imported file',
};

/** `url` when it is an http(s) address, else null: a link is only ever made to the web, never to script or a file. */
export function webAddress(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * One citation as a planner should read it: an ITU or UN document links to itself; a third-party copy names the ITU
 * document it copies (symbol and title) and offers the copy only as where it was read; a secondary report (news,
 * a ministry page) says so, so that neither is taken for the authority.
 */
export function SourceCitation({ source, citation }: { source: Source | undefined; citation: SourceRef }) {
  if (!source) return <>{citation.source}</>;
  const type = source.type ?? 'authority';
  const name = source.symbol ? `${source.symbol}: ${source.title}` : source.title;
  const note = TYPE_NOTE[type];
  const url = webAddress(source.url);
  const readIn = webAddress(source.readIn);
  return (
    <>
      {url ? (
        <a href={url} target="_blank" rel="noopener noreferrer">
          {name}
        </a>
      ) : (
        <span>{name}</span>
      )}
      {citation.locator ? <span className="detail-locator">, {citation.locator}</span> : null}
      {type === 'copy' && readIn ? (
        <span className="source-type">
          {' '}
          (
          <a href={readIn} target="_blank" rel="noopener noreferrer">
            {note}
          </a>
          )
        </span>
      ) : note ? (
        <span className="source-type"> ({note})</span>
      ) : null}
    </>
  );
}

import { SourceList } from './SourceList';
import { useMemo } from 'react';
import { useAppStore, type AppState } from '../store/store';
import { displayTitle, indexDataset } from '../model/graph';
import type { Dataset } from '../model/schema';
import { linkedGroups } from './linkedGroups';
import { BasisMark } from './BasisMark';
import { FocusControls } from './FocusControls';
import { containersOf } from '../model/chains';
import { cycleOf, distinctName, regionName, sortPeriods } from '../model/cycles';

const selectFocus = (s: AppState) => s.focusId;
const selectSetFocus = (s: AppState) => s.setFocus;

/** Everything known about the focused node, with its links as buttons that move the focus. */
export function DetailPanel({ dataset, visibleIds }: { dataset: Dataset; visibleIds: ReadonlySet<string> }) {
  const focusId = useAppStore(selectFocus);
  const setFocus = useAppStore(selectSetFocus);
  const index = indexDataset(dataset);
  const node = focusId ? index.nodeById.get(focusId) : undefined;
  const groups = useMemo(() => (node ? linkedGroups(index, node.id) : []), [index, node]);
  if (!node) return null;
  const kind = index.kindById.get(node.kind);
  const containers = containersOf(index, node.id);
  const sources = new Map(dataset.meta.sources.map((s) => [s.id, s]));
  const hidden = groups.reduce((n, g) => n + g.items.filter((i) => !visibleIds.has(i.node.id)).length, 0);
  return (
    <aside className="detail" aria-labelledby="detail-title" style={{ ['--kind' as string]: kind?.colour }}>
      <div className="detail-head">
        <span className="detail-kind">{kind?.singular}</span>
        <button type="button" className="detail-close" onClick={() => setFocus(null)} aria-label="Clear focus (Escape)">
          ×
        </button>
      </div>
      <h2 id="detail-title" tabIndex={-1}>
        {node.code ? <span className="detail-code">{node.code}</span> : null}
        {cycleOf(index, node) ? <span className="detail-cycle"> ({cycleOf(index, node)}) </span> : null}
        <span className={node.label === null ? 'gap-text' : undefined}>{displayTitle(node)}</span>
      </h2>
      <FocusControls focusName={distinctName(index, node)} />
      {node.description ? <p className="detail-desc">{node.description}</p> : null}
      <dl className="detail-facts">
        {node.periods.length ? (
          <>
            <dt>Period</dt>
            <dd>{sortPeriods(node.periods).join(', ')}</dd>
          </>
        ) : null}
        {node.adoptedFor ? (
          <>
            <dt>Adopted for</dt>
            <dd>{node.adoptedFor}</dd>
          </>
        ) : null}
        {node.instrument ? (
          <>
            <dt>Instrument</dt>
            <dd>{node.instrument}</dd>
          </>
        ) : null}
        {containers.length > 0 ? (
          <>
            <dt>Part of</dt>
            <dd className="detail-via">
              {containers.map((c, i) => (
                <span key={c.id}>
                  {i > 0 ? ', ' : 'via '}
                  <button type="button" onClick={() => setFocus(c.id)}>
                    {distinctName(index, c)}
                  </button>
                </span>
              ))}
            </dd>
          </>
        ) : null}
        {node.sector ? (
          <>
            <dt>Sector</dt>
            <dd>{node.sector}</dd>
          </>
        ) : null}
        <dt>Region</dt>
        <dd>{regionName(node)}</dd>
        {node.studyGroup ? (
          <>
            <dt>Study group</dt>
            <dd>{node.studyGroup}</dd>
          </>
        ) : null}
        <dt>Confidence</dt>
        <dd>
          {node.confidence}
          {node.note ? <span className="detail-note"> — {node.note}</span> : null}
        </dd>
        {node.translations && Object.keys(node.translations).length ? (
          <>
            <dt>Translations</dt>
            <dd>
              {Object.entries(node.translations).map(([lang, text]) => (
                <span key={lang} lang={lang} dir="auto" className="detail-translation">
                  {lang}: {text}
                </span>
              ))}
            </dd>
          </>
        ) : null}
      </dl>
      <h3>Sources</h3>
      <SourceList citations={node.sources} sources={sources} className="detail-sources" />
      <h3>Linked ({groups.reduce((n, g) => n + g.items.length, 0)})</h3>
      {hidden > 0 ? <p className="detail-hint">{hidden} linked node(s) are hidden by the filters.</p> : null}
      {groups.map((group) => (
        <section key={group.kind.id} className="detail-group" aria-label={group.kind.plural}>
          <h4 style={{ ['--kind' as string]: group.kind.colour }}>
            {group.kind.plural} ({group.items.length})
          </h4>
          <ul>
            {group.items.map(({ node: other, link }) => (
              <li key={`${other.id}:${link.relation}`}>
                <button
                  type="button"
                  className={visibleIds.has(other.id) ? undefined : 'is-hidden'}
                  onClick={() => setFocus(other.id)}
                  title={`${link.relation} — ${link.basis}${link.note ? `: ${link.note}` : ''}`}
                >
                  <BasisMark basis={link.basis} />
                  {other.code ? <span className="detail-code small">{other.code}</span> : null}
                  <span className={other.label === null ? 'gap-text' : undefined}>{displayTitle(other)}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </aside>
  );
}

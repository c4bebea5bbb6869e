/**
 * "What has nothing under it": for each node of a chosen column, how many nodes of each other column contribute
 * to it (official, derived and proposed counted apart), zeros highlighted, rows with no contributor marked as gaps,
 * sortable by any column, exportable to CSV. Counts are within the filtered map.
 */
import { KindSelect } from './KindSelect';
import { useMemo } from 'react';
import { sameSort } from '../model/answersChoices';
import type { Dataset } from '../model/schema';
import type { FilteredGraph } from '../model/filters';
import { indexDataset, linkKey } from '../model/graph';
import { coverageOf, countAll, sortCoverage, uncovered, type CoverageSort } from '../model/coverage';
import { distinctName, regionName, periodBadge } from '../model/cycles';
import { lowerInitial } from '../model/chains';
import { coverageCsv } from '../export/coverageCsv';
import { useAppStore, type AppState } from '../store/store';
import { DownloadButton } from './DownloadButton';
import './answers.css';

const select = (s: AppState) => s;

export function CoverageView({ dataset, visible }: { dataset: Dataset; visible: FilteredGraph }) {
  const {
    coverageKind,
    coverageReach,
    coverageSort: sort,
    coverageDescending: descending,
    setCoverage,
    setFocus,
    setViewMode,
    filters,
  } = useAppStore(select);
  const index = indexDataset(dataset);
  // By default (or when a link names a column this dataset lacks) the programmes, the column whose coverage
  // planners ask about first.
  const kindId =
    (coverageKind !== null && dataset.kinds.some((k) => k.id === coverageKind) ? coverageKind : null) ??
    dataset.kinds.find((k) => k.id === 'programme')?.id ??
    dataset.kinds[1]?.id ??
    dataset.kinds[0]?.id ??
    '';
  const coverage = useMemo(() => {
    const keys = new Set(visible.links.map(linkKey));
    return coverageOf(index, kindId, {
      visible: visible.nodeIds,
      visibleLink: (l) => keys.has(linkKey(l)),
      reach: coverageReach,
    });
  }, [index, kindId, visible, coverageReach]);
  if (!coverage) return <p className="answers-view">No such column.</p>;
  const gaps = uncovered(coverage);
  const rows = sortCoverage(coverage.rows, sort, descending);
  const sortBy = (next: CoverageSort) => {
    setCoverage({ sort: next, descending: sameSort(next, sort) ? !descending : false });
  };
  const ariaSort = (s: CoverageSort) => (sameSort(s, sort) ? (descending ? 'descending' : 'ascending') : 'none');
  const header = (label: string, s: CoverageSort, className?: string) => (
    <th scope="col" aria-sort={ariaSort(s)} className={className}>
      <button type="button" onClick={() => sortBy(s)}>
        {label}
        {ariaSort(s) === 'ascending' ? ' ▲' : ariaSort(s) === 'descending' ? ' ▼' : ''}
      </button>
    </th>
  );
  const plural = coverage.kind.plural;
  const lowerPlural = lowerInitial(plural);
  return (
    <section className="answers-view coverage-view" aria-labelledby="coverage-title">
      <h2 id="coverage-title">Coverage: what has nothing under it</h2>
      <p className="view-intro">
        For each of the {lowerPlural} in view, how many items of each column contribute to it
        {coverageReach === 'direct' ? ' by a direct link' : ' anywhere along the chain'}, counted apart as official /
        derived / proposed. Belonging to an action plan or a study group is grouping, not contribution, and is not
        counted. A <strong>gap</strong> is a row with no contributor at all.
      </p>
      <div className="view-options">
        <KindSelect label="Column" kinds={dataset.kinds} value={kindId} onChange={(kind) => setCoverage({ kind })} />
        <span className="seg" role="group" aria-label="Count">
          <span className="seg-label">Count</span>
          <button
            type="button"
            aria-pressed={coverageReach === 'direct'}
            onClick={() => setCoverage({ reach: 'direct' })}
          >
            Direct links
          </button>
          <button
            type="button"
            aria-pressed={coverageReach === 'chain'}
            onClick={() => setCoverage({ reach: 'chain' })}
          >
            Through the chain
          </button>
        </span>
        <DownloadButton
          format="csv"
          name={`coverage-${kindId}${filters.periods ? `-${filters.periods.join('_')}` : ''}.csv`}
          text={() => coverageCsv({ ...coverage, rows })}
        >
          Export CSV
        </DownloadButton>
      </div>
      <p role="status" className="coverage-summary" data-testid="coverage-summary">
        {coverage.rows.length === 0
          ? `No ${lowerPlural} in view.`
          : gaps.length === 0
            ? `Every one of the ${coverage.rows.length} ${lowerPlural} in view has at least one contributor.`
            : `${gaps.length} of ${coverage.rows.length} ${lowerPlural} in view have no contributor (gaps): ${gaps
                .map((r) => distinctName(index, r.node))
                .join('; ')}.`}
      </p>
      {coverage.rows.length > 0 ? (
        <table className="coverage-table">
          <caption className="sr-only">
            Contributors of each of the {lowerPlural}, by column; sortable by any column
          </caption>
          <thead>
            <tr>
              {header(coverage.kind.singular, { by: 'name' }, 'name')}
              <th scope="col">Period in view</th>
              <th scope="col">Region</th>
              {coverage.columns.map((k) => (
                <th key={k.id} scope="col" aria-sort={ariaSort({ by: 'kind', kind: k.id })}>
                  <button type="button" onClick={() => sortBy({ by: 'kind', kind: k.id })}>
                    {k.plural}
                    {ariaSort({ by: 'kind', kind: k.id }) === 'ascending'
                      ? ' ▲'
                      : ariaSort({ by: 'kind', kind: k.id }) === 'descending'
                        ? ' ▼'
                        : ''}
                  </button>
                  <span className="split">official / derived / proposed</span>
                </th>
              ))}
              {header('All', { by: 'total' })}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const total = countAll(row.total);
              return (
                <tr key={row.node.id} className={total === 0 ? 'is-gap' : undefined}>
                  <th scope="row" className="name">
                    <button
                      type="button"
                      title="Show its chain on the map"
                      onClick={() => {
                        setFocus(row.node.id);
                        setViewMode('map');
                      }}
                    >
                      {distinctName(index, row.node)}
                    </button>
                    {total === 0 ? <span className="gap-badge">gap</span> : null}
                  </th>
                  <td>{periodBadge(row.node, filters.periods)}</td>
                  <td>{regionName(row.node)}</td>
                  {coverage.columns.map((k) => {
                    const c = row.byKind.get(k.id);
                    const n = countAll(c);
                    return (
                      <td
                        key={k.id}
                        className={n === 0 ? 'zero' : undefined}
                        aria-label={
                          n === 0
                            ? `no ${lowerInitial(k.plural)}`
                            : `${n}: ${c?.official ?? 0} official, ${c?.derived ?? 0} derived, ${c?.proposed ?? 0} proposed`
                        }
                      >
                        {n === 0 ? '0' : `${c?.official ?? 0} / ${c?.derived ?? 0} / ${c?.proposed ?? 0}`}
                      </td>
                    );
                  })}
                  <td className={total === 0 ? 'zero' : undefined}>{total}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

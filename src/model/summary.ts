/** Counts that describe a dataset at a glance (used by the CLI and the data README). */
import type { Dataset } from './schema';

export interface DatasetSummary {
  nodesByKind: Record<string, number>;
  linksByRelation: Record<string, number>;
  linksByBasis: Record<string, number>;
  nodeConfidence: Record<string, number>;
  linkConfidence: Record<string, number>;
  /** Nodes whose title is not yet sourced, by kind. */
  gapsByKind: Record<string, number>;
}

const bump = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

export function summarise(dataset: Dataset): DatasetSummary {
  const s: DatasetSummary = {
    nodesByKind: Object.fromEntries(dataset.kinds.map((k) => [k.id, 0])),
    linksByRelation: {},
    linksByBasis: {},
    nodeConfidence: {},
    linkConfidence: {},
    gapsByKind: {},
  };
  for (const n of dataset.nodes) {
    bump(s.nodesByKind, n.kind);
    bump(s.nodeConfidence, n.confidence);
    if (n.label === null) bump(s.gapsByKind, n.kind);
  }
  for (const l of dataset.links) {
    bump(s.linksByRelation, l.relation);
    bump(s.linksByBasis, l.basis);
    bump(s.linkConfidence, l.confidence);
  }
  return s;
}

/** Human-readable lines for a summary. */
export function formatSummary(dataset: Dataset, summary: DatasetSummary): string[] {
  const list = (counts: Record<string, number>) =>
    Object.entries(counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ') || 'none';
  return [
    `${dataset.meta.title} (version ${dataset.meta.version}, ${dataset.meta.date})`,
    `nodes: ${dataset.nodes.length} — ${list(summary.nodesByKind)}`,
    `links: ${dataset.links.length} — by relation: ${list(summary.linksByRelation)}`,
    `links by basis: ${list(summary.linksByBasis)}`,
    `confidence of nodes: ${list(summary.nodeConfidence)}; of links: ${list(summary.linkConfidence)}`,
    `titles not yet sourced: ${list(summary.gapsByKind)}`,
  ];
}

/** The matrix view as CSV (one row per row node, counts last) and as a standalone SVG table. */
import { csvCell } from './csv';
import { escapeXml } from './escape';
import { describeCell, type Matrix, type MatrixCell } from '../model/matrix';
import type { MapNode } from '../model/schema';

const short = (n: MapNode): string => n.code ?? n.label ?? 'title not yet sourced';
const full = (n: MapNode): string => (n.code ? `${n.code} — ${n.label ?? 'title not yet sourced'}` : short(n));

export function matrixCsv(m: Matrix): string {
  const header = [
    `${m.rowKind.plural} \\ ${m.columnKind.plural}`,
    ...m.columns.map(full),
    'Direct',
    'Through the chain',
  ];
  const lines: string[][] = [header];
  m.rows.forEach((row, r) => {
    const counts = m.rowCounts[r];
    lines.push([
      full(row),
      ...(m.cells[r] ?? []).map(describeCell),
      String(counts?.direct ?? 0),
      String(counts?.chain ?? 0),
    ]);
  });
  lines.push(['Direct', ...m.columnCounts.map((c) => String(c.direct)), String(m.total.direct), '']);
  lines.push(['Through the chain', ...m.columnCounts.map((c) => String(c.chain)), '', String(m.total.chain)]);
  return lines.map((cells) => `${cells.map(csvCell).join(',')}\r\n`).join('');
}

const FILL: Record<string, string> = {
  official: '#1d4f7a',
  derived: '#5a86ad',
  proposed: '#a9c1d8',
  chain: '#eef3f8',
};

function cellFill(cell: MatrixCell): string | null {
  if (cell === null) return null;
  return cell.type === 'chain' ? (FILL.chain as string) : (FILL[cell.basis] as string);
}

/** A standalone SVG of the matrix: row names left, column codes on top (rotated), counts on the right and bottom. */
export function matrixSvg(m: Matrix, title: string): string {
  const cell = 22;
  const rowHead = Math.min(
    340,
    Math.max(120, ...m.rows.map((n) => Math.min(60, short(n).length + (n.label ? n.label.length : 0)) * 6.2)),
  );
  const colHead = Math.max(60, ...m.columns.map((n) => short(n).length * 6.5 + 12));
  const top = 40 + colHead;
  const width = rowHead + (m.columns.length + 1) * cell + 20;
  const height = top + (m.rows.length + 1) * cell + 60;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Arial, Helvetica, sans-serif" font-size="11">`,
  );
  out.push(`<title>${escapeXml(title)}</title>`);
  out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  out.push(`<text x="10" y="22" font-size="15" font-weight="bold">${escapeXml(title)}</text>`);
  m.columns.forEach((n, c) => {
    const x = rowHead + c * cell + cell / 2 + 4;
    out.push(
      `<text transform="translate(${x},${top - 6}) rotate(-60)">${escapeXml(short(n))}<title>${escapeXml(full(n))}</title></text>`,
    );
  });
  out.push(`<text x="${rowHead + m.columns.length * cell + 4}" y="${top - 6}" font-weight="bold">Σ</text>`);
  m.rows.forEach((n, r) => {
    const y = top + r * cell;
    const name = full(n);
    const shown = name.length > 54 ? `${name.slice(0, 53)}…` : name;
    out.push(
      `<text x="${rowHead - 6}" y="${y + 15}" text-anchor="end">${escapeXml(shown)}<title>${escapeXml(name)}</title></text>`,
    );
    (m.cells[r] ?? []).forEach((value, c) => {
      const x = rowHead + c * cell;
      const fill = cellFill(value);
      out.push(
        `<rect x="${x}" y="${y}" width="${cell}" height="${cell}" fill="${fill ?? '#ffffff'}" stroke="#d5dce3"><title>${escapeXml(`${name} × ${full(m.columns[c] as MapNode)}: ${describeCell(value) || 'no link'}`)}</title></rect>`,
      );
      if (value?.type === 'direct' && value.uncertain) {
        out.push(
          `<text x="${x + cell / 2}" y="${y + 15}" text-anchor="middle" fill="#e69f00" font-weight="bold">?</text>`,
        );
      }
    });
    const counts = m.rowCounts[r];
    out.push(
      `<text x="${rowHead + m.columns.length * cell + 4}" y="${y + 15}">${counts?.direct ?? 0}${counts?.chain ? ` +${counts.chain}` : ''}</text>`,
    );
  });
  const bottom = top + m.rows.length * cell;
  m.columnCounts.forEach((counts, c) => {
    out.push(
      `<text x="${rowHead + c * cell + cell / 2}" y="${bottom + 15}" text-anchor="middle">${counts.direct}</text>`,
    );
  });
  const key = [
    ['official', 'official link'],
    ['derived', 'derived link'],
    ['proposed', 'proposed link'],
    ['chain', 'through the chain'],
  ] as const;
  key.forEach(([k, label], i) => {
    const x = 10 + i * 130;
    out.push(`<rect x="${x}" y="${bottom + 32}" width="12" height="12" fill="${FILL[k] as string}" stroke="#b8c2cc"/>`);
    out.push(`<text x="${x + 16}" y="${bottom + 42}">${label}</text>`);
  });
  out.push(
    `<text x="${10 + 4 * 130}" y="${bottom + 42}"><tspan fill="#e69f00" font-weight="bold">?</tspan> low confidence (disputed)</text>`,
  );
  out.push('</svg>');
  return out.join('\n');
}

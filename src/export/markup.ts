/** A tiny, escaping SVG markup builder: attribute values and text are always escaped, numbers rounded. */
import { escapeXml } from './escape';
import { fmt } from '../draw/number';

export type AttrValue = string | number | null | undefined | false;
export type Attrs = Readonly<Record<string, AttrValue>>;

function attributes(attrs: Attrs): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    out += ` ${name}="${typeof value === 'number' ? fmt(value) : escapeXml(value)}"`;
  }
  return out;
}

/** An element with already-built children (markup strings); self-closing when there are none. */
export function el(name: string, attrs: Attrs = {}, children: readonly string[] = []): string {
  const inner = children.filter((c) => c !== '');
  if (inner.length === 0) return `<${name}${attributes(attrs)}/>`;
  return `<${name}${attributes(attrs)}>${inner.join('')}</${name}>`;
}

/** An element on its own lines with indented children, for groups, so golden files diff line by line. */
export function block(name: string, attrs: Attrs, children: readonly string[]): string {
  const inner = children.filter((c) => c !== '');
  if (inner.length === 0) return `<${name}${attributes(attrs)}/>`;
  const body = inner.map((c) => c.replace(/^/gm, '  ')).join('\n');
  return `<${name}${attributes(attrs)}>\n${body}\n</${name}>`;
}

/** An element whose content is `text`, escaped. */
export function textEl(name: string, attrs: Attrs, text: string): string {
  return `<${name}${attributes(attrs)}>${escapeXml(text)}</${name}>`;
}

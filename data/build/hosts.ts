/**
 * Addresses a source may never have: proxies, redirectors and SEO tools that merely relay a page. An ITU page read
 * through one of them is cited by its itu.int address. Used by the build (which fails on them) and by the tests.
 */
export interface BlockedHost {
  /** What kind of relay it is, for the error message. */
  kind: 'proxy' | 'redirector' | 'SEO tool';
  /** Matches the host name (or, for query-string relays, the whole address). */
  pattern: RegExp;
}

export const BLOCKED_HOSTS: readonly BlockedHost[] = [
  { kind: 'proxy', pattern: /(^|\.)webchannel-proxy\.|(^|\.)scarabresearch\.com$/i },
  { kind: 'proxy', pattern: /(^|\.)anonyproxies\.com$/i },
  { kind: 'proxy', pattern: /(^|\.)workers\.dev$/i },
  { kind: 'proxy', pattern: /proxy/i },
  { kind: 'SEO tool', pattern: /seotools?\.|(^|\.)prideseotools\.com$|indexing/i },
  { kind: 'redirector', pattern: /^(bit\.ly|t\.co|tinyurl\.com|goo\.gl|ow\.ly|href\.li|l\.facebook\.com)$/i },
];

/** Query-string relays: an address that carries another address in its query (…?q=https://…, ?url=http…). */
const RELAY_QUERY = /[?&](q|u|url|link|target)=https?(%3A|:)/i;

/** Why this address may not be cited, or null when it may be. */
export function blockedReason(address: string): string | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return 'not a valid address';
  }
  for (const b of BLOCKED_HOSTS) if (b.pattern.test(url.hostname)) return `${b.kind} host ${url.hostname}`;
  if (RELAY_QUERY.test(url.search)) return `relays another address in its query (${url.hostname})`;
  // A relay that embeds the target in its path: https://relay.example/:443/https/www.itu.int/...
  if (/\/https?[:/]/i.test(url.pathname)) return `relays another address in its path (${url.hostname})`;
  return null;
}

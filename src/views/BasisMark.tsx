import type { Basis } from '../model/schema';
import { dashList, LEGEND_STYLE, LINK_DASH } from '../draw/look';

/** A short line sample in the style of a link basis, with its name for screen readers. */
export function BasisMark({ basis }: { basis: Basis }) {
  return (
    <svg className="basis-mark" width="22" height="8" viewBox="0 0 22 8" role="img" aria-label={basis}>
      <line
        x1="1"
        y1="4"
        x2="21"
        y2="4"
        stroke="currentColor"
        strokeWidth={LEGEND_STYLE.markWidth}
        strokeDasharray={dashList(LINK_DASH[basis].dash) ?? undefined}
        strokeLinecap={LINK_DASH[basis].linecap}
      />
    </svg>
  );
}

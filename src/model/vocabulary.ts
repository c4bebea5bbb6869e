/** The closed vocabularies of the dataset format, free of zod (see `schema.ts`, which builds on them). */
export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export const BASES = ['official', 'derived', 'proposed'] as const;
export const SHAPES = ['rect', 'rounded', 'pill', 'hexagon', 'chamfer', 'ellipse'] as const;
export const ICONS = [
  'flag',
  'target',
  'layers',
  'pin',
  'link',
  'question',
  'globe',
  'gavel',
  'people',
  'dot',
] as const;
/**
 * What a cited source is: the ITU/UN authority itself, a third-party copy of an ITU document, a secondary report,
 * or a file a person supplied (a spreadsheet imported into the app: it has no address, and the map says so).
 */
export const SOURCE_TYPES = ['authority', 'copy', 'secondary', 'file'] as const;
/**
 * What a relation carries. Contribution: a chain walks through it (a programme contributes to a priority).
 * Membership: the source belongs to a container (an action plan, a study group, a resolution's scope); shown as
 * grouping, never walked as a chain.
 */
export const CARRIES = ['contribution', 'membership'] as const;

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

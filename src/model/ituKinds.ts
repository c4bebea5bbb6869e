/**
 * The node kinds of the ITU planning map: ids, labels, colours, shapes and icons, in column order. Shared by the
 * built-in dataset's generator and the synthetic benchmark datasets, so both look the same.
 */
import type { Kind } from './schema';

/** Kinds in the order of the map's columns, from goals on the left to SDGs on the right. */
export const ITU_KINDS = [
  {
    id: 'goal',
    singular: 'Strategic goal',
    plural: 'Strategic goals',
    colour: '#0b3c5d',
    shape: 'hexagon',
    icon: 'target',
  },
  {
    id: 'thematic-priority',
    singular: 'BDT thematic area',
    plural: 'BDT thematic areas',
    colour: '#8e44ad',
    shape: 'rounded',
    icon: 'layers',
  },
  {
    id: 'programme',
    singular: 'WTDC programme',
    plural: 'WTDC programmes',
    colour: '#d55e00',
    shape: 'rect',
    icon: 'flag',
  },
  {
    id: 'regional-initiative',
    singular: 'Regional initiative',
    plural: 'Regional initiatives',
    colour: '#009e73',
    shape: 'pill',
    icon: 'pin',
  },
  {
    id: 'wsis-action-line',
    singular: 'WSIS action line',
    plural: 'WSIS action lines',
    colour: '#b7791f',
    shape: 'chamfer',
    icon: 'link',
  },
  {
    id: 'study-question',
    singular: 'Study Question',
    plural: 'Study Questions',
    colour: '#2b7bb9',
    shape: 'ellipse',
    icon: 'question',
  },
  {
    id: 'target',
    singular: 'Strategic target',
    plural: 'Strategic targets',
    colour: '#5d6d7e',
    shape: 'rect',
    icon: 'dot',
    hidden: true,
  },
  {
    id: 'resolution',
    singular: 'Resolution',
    plural: 'Resolutions',
    colour: '#6b4f3a',
    shape: 'chamfer',
    icon: 'gavel',
    hidden: true,
  },
  {
    id: 'study-group',
    singular: 'Study group',
    plural: 'Study groups',
    colour: '#34495e',
    shape: 'rect',
    icon: 'people',
    hidden: true,
  },
  {
    id: 'sdg',
    singular: 'Sustainable Development Goal',
    plural: 'Sustainable Development Goals',
    colour: '#117a65',
    shape: 'rounded',
    icon: 'globe',
    hidden: true,
  },
  {
    // The WTDC action plans themselves: containers of the priorities, initiatives and Questions their conference
    // adopted. A context column, off by default, placed last with the other context columns
    // (there it leaves the opening view's layout as clean as when laid out alone).
    id: 'action-plan',
    singular: 'WTDC action plan',
    plural: 'WTDC action plans',
    colour: '#8c3b00',
    shape: 'rect',
    icon: 'layers',
    hidden: true,
  },
] as const satisfies readonly Kind[];

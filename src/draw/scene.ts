/**
 * The renderer-neutral scene: the map as a flat list of positioned primitives (boxes with their shape, text
 * runs already wrapped and fitted, link curves with arrowheads and styles, column headers, legend, title,
 * footer), built by `buildScene` and written by the SVG writer (`export/svg.ts`) and, likewise, by any other
 * writer (PowerPoint, Word, PDF, a canvas). Numbers and plain values only: no markup, no CSS, no units.
 *
 * Coordinates are drawing units (CSS pixels at 100 %: 1/96 inch). Each item sits in a group (`SceneItem.group`);
 * a group's `x`, `y` are its origin relative to its parent group, so an item's page position is its own
 * coordinates plus the offsets of its groups (`groupOrigin`). Writers that place shapes absolutely (PowerPoint)
 * add the offsets; writers with nested groups (SVG) can keep them. Items are in paint order: later on top.
 */
import type { Basis, IconName, Shape } from '../model/schema';
import type { Point } from '../layout/types';
import type { Curve } from './linkPath';
import type { DashPattern, LinkState, LinkStyle, Theme, ThemeName } from './look';

/**
 * What a group holds, so writers can name, group or skip parts: `content` is the root (its offset places the
 * drawing on the page); `map` the map below the title; `column-header` one header (`kind`); `links`, `nodes`
 * the map's layers; `groups` the outlines of containers' members (under the links); `faded` what is off the focused node's chains (drawn at `opacity`); `node` one node
 * (`nodeId`, `kind`, `tooltip`); `legend-block`, `legend`, `legend-item`, `swatch`, `swatch-faded` the legend
 * and its samples; `footer` the footer's text; `heading` a page's title block.
 */
export type GroupRole =
  | 'content'
  | 'heading'
  | 'map'
  | 'column-header'
  | 'groups'
  | 'links'
  | 'nodes'
  | 'faded'
  | 'node'
  | 'legend-block'
  | 'legend'
  | 'legend-item'
  | 'swatch'
  | 'swatch-faded'
  | 'footer';

export interface SceneGroup {
  /** Index in `Scene.groups`. */
  id: number;
  /** The enclosing group; `null` only for the root (`content`, id 0). */
  parent: number | null;
  role: GroupRole;
  /** Origin relative to the parent's origin. */
  x: number;
  y: number;
  /**
   * Scale of the group's contents (a page draws the map smaller or larger than its furniture): a point (x, y) of
   * the group is at (x·scale, y·scale) from its origin. @default 1
   */
  scale?: number;
  /** Opacity of the whole group (applied once to the group, not per item). @default 1 */
  opacity?: number;
  /** The node drawn by a `node` group. */
  nodeId?: string;
  /** Kind id of a `node` or `column-header` group. */
  kind?: string;
  /** A description for hover and assistive technology (a node's name, kind and confidence). */
  tooltip?: string;
  /**
   * Position among its siblings: the group comes before the item at this index of `Scene.items` (groups with the
   * same `at` keep the order of their ids). Lets empty groups keep their place.
   */
  at: number;
}

interface ItemBase {
  /** Id of the group the item belongs to (its coordinates are relative to that group's origin). */
  group: number;
}

/** A node outline of a kind shape, filling the box (`x`, `y`, `width`, `height`); see `draw/shapes.ts`. */
export interface SceneShape extends ItemBase {
  type: 'shape';
  shape: Shape;
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  stroke: string;
  strokeWidth: number;
  dash: DashPattern;
}

/** The colour bar along the left edge of a kind shape (`accentBarPath`). */
export interface SceneAccent extends ItemBase {
  type: 'accent';
  shape: Shape;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Width of the bar. */
  barWidth: number;
  fill: string;
}

/** A rectangle, with rounded corners when `radius` is set (badges, pills, rules, legend samples). */
export interface SceneRect extends ItemBase {
  type: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  /** Corner radius. @default 0 */
  radius?: number;
  fill: string;
  stroke?: string;
  strokeWidth?: number;
  dash?: DashPattern;
}

/** A circle (confidence dots). `r` is to the middle of the stroke. */
export interface SceneCircle extends ItemBase {
  type: 'circle';
  cx: number;
  cy: number;
  r: number;
  fill: string;
  stroke: string;
  strokeWidth: number;
}

/** A kind icon (`draw/icons.ts`, drawn in a 16×16 box) scaled to `size`, top-left at `x`, `y`. */
export interface SceneIcon extends ItemBase {
  type: 'icon';
  icon: IconName;
  x: number;
  y: number;
  size: number;
  fill: string;
}

/**
 * What a text run is, so writers can style or map it (e.g. PowerPoint placeholders): page `title`, `subtitle`,
 * node `label`, node `code` (on its badge), node `period`, column `header` and its `count`, `legend-heading`,
 * `legend` item text, `footer`, `empty` (the message of a map with no nodes), `notice` (in the slot of a column the
 * filters emptied: why it is empty) and `group` (the name of a container on its members' outline).
 */
export type TextRole =
  | 'title'
  | 'subtitle'
  | 'label'
  | 'code'
  | 'period'
  | 'header'
  | 'count'
  | 'legend-heading'
  | 'legend'
  | 'footer'
  | 'empty'
  | 'notice'
  | 'group';

/** One line of a text run: already wrapped and fitted (cut with an ellipsis where needed). */
export interface TextLine {
  text: string;
  /** Anchor point: left end, middle or right end of the line, per `SceneText.anchor`. */
  x: number;
  /** Baseline. */
  y: number;
}

/** A run of text in one style. Writers must not re-wrap it: the lines are measured for `Scene.fontFamily`. */
export interface SceneText extends ItemBase {
  type: 'text';
  role: TextRole;
  lines: TextLine[];
  fontSize: number;
  bold: boolean;
  italic: boolean;
  fill: string;
  /** Which point of each line `x` gives. Right-to-left text is anchored at its `end`. */
  anchor: 'start' | 'middle' | 'end';
  /** Right-to-left text (Arabic, Hebrew): writers set the paragraph direction. */
  rtl: boolean;
}

/**
 * A link (or a line sample in the legend): a curve with its style and arrowhead. `from`/`to` are the node ids
 * at the curve's start and end (not source and target: the arrow is at `arrow`), so a writer can glue a
 * connector to the shapes.
 */
export interface SceneLink extends ItemBase {
  type: 'link';
  /** `map` for a link of the map, `legend` for a line sample. */
  role: 'map' | 'legend';
  /** `linkKey` of the link (map links only). */
  key?: string;
  /** Node at `curve.start` (map links only). */
  from?: string;
  /** Node at the curve's end (map links only). */
  to?: string;
  basis: Basis;
  state: LinkState;
  curve: Curve;
  /** Where the arrowhead is (`ARROW` gives its size), pointing out of the curve; `null` for none. */
  arrow: 'start' | 'end' | null;
  style: LinkStyle;
}

/** A filled polygon (arrowheads of legend samples). */
export interface ScenePolygon extends ItemBase {
  type: 'polygon';
  points: Point[];
  fill: string;
}

/** A horizontal rule from (`x`, `y`) to (`x + width`, `y`). */
export interface SceneRule extends ItemBase {
  type: 'rule';
  x: number;
  y: number;
  width: number;
  stroke: string;
  strokeWidth: number;
}

export type SceneItem =
  SceneShape | SceneAccent | SceneRect | SceneCircle | SceneIcon | SceneText | SceneLink | ScenePolygon | SceneRule;

export interface Scene {
  /** Page size in drawing units. */
  width: number;
  height: number;
  /** Physical page size when the page is a paper format (A4 landscape), else `undefined`. */
  paper?: { widthMm: number; heightMm: number };
  /** Page background colour. */
  background: string;
  /** Font family list all text was measured for. */
  fontFamily: string;
  /** Document title (metadata; also drawn as a `title` text run unless turned off). */
  title: string;
  /** Document description (metadata): subtitle and footer. */
  description: string;
  theme: Theme;
  themeName: ThemeName;
  /** Groups; `groups[0]` is the root. */
  groups: SceneGroup[];
  /** Primitives in paint order. */
  items: SceneItem[];
}

/** Page position of the origin of group `id` (its and its ancestors' offsets, scaled by the ancestors). */
export function groupOrigin(scene: Scene, id: number): Point {
  const { x, y } = groupTransform(scene, id);
  return { x, y };
}

/**
 * Where group `id` draws on the page: a point (px, py) of the group is at (x + px·scale, y + py·scale). Writers
 * that place shapes absolutely (PowerPoint, Word) use it for positions and sizes, text sizes included.
 */
export function groupTransform(scene: Scene, id: number): { x: number; y: number; scale: number } {
  const chain: SceneGroup[] = [];
  for (let g: SceneGroup | undefined = scene.groups[id]; g; g = g.parent === null ? undefined : scene.groups[g.parent])
    chain.push(g);
  let x = 0;
  let y = 0;
  let scale = 1;
  for (const g of chain.reverse()) {
    x += g.x * scale;
    y += g.y * scale;
    scale *= g.scale ?? 1;
  }
  return { x, y, scale };
}

/** Opacity of group `id` as drawn: the product of its and its ancestors' opacities. */
export function groupOpacity(scene: Scene, id: number): number {
  let o = 1;
  for (let g: SceneGroup | undefined = scene.groups[id]; g; g = g.parent === null ? undefined : scene.groups[g.parent])
    o *= g.opacity ?? 1;
  return o;
}

/** Builds a scene's groups and items in order; used by `buildScene`. */
export class SceneBuilder {
  readonly groups: SceneGroup[] = [];
  readonly items: SceneItem[] = [];

  /** Opens a group under `parent` (or the root); returns its id. */
  group(
    parent: number | null,
    role: GroupRole,
    extra: Partial<Omit<SceneGroup, 'id' | 'parent' | 'role' | 'at'>> = {},
  ): number {
    const id = this.groups.length;
    this.groups.push({ id, parent, role, x: 0, y: 0, ...extra, at: this.items.length });
    return id;
  }

  add(item: SceneItem): void {
    this.items.push(item);
  }
}

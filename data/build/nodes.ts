/**
 * Nodes read from the reference files. Codes, titles, sources and confidence come from the reference unchanged;
 * descriptions come from `text.ts`. Items the reference rejects, marks as drafts or keeps for lineage only are
 * not read at all (see data/README.md).
 */
import type { Confidence } from '../../src/model/schema';
import { citeAll, type DatasetBuilder } from './builder';
import {
  BAKU_2026,
  BOTH_CYCLES,
  SP_2020,
  SP_2024,
  STUDY_2018,
  STUDY_2022,
  WTDC17_PERIODS,
  WTDC22_PERIODS,
} from './kinds';
import type { Reference } from './reference';
import { DESCRIPTIONS, INITIATIVE_EXTRAS, RESOLUTION_TOPICS } from './text';
import {
  at,
  confidenceOf,
  findBy,
  isRecord,
  list,
  reasonOf,
  rec,
  recordsAt,
  sourcesOf,
  str,
  strOrNull,
  strings,
  type YamlRecord,
} from './yamlAccess';

/** The Kigali Action Plan table of contents, the most cited ITU-D source. */
export const KAP_TOC = 'https://www.itu.int/dms_pub/itu-d/opb/tdc/D-TDC-WTDC-2022-TOC-HTM-E.htm';

/** Node ids of the three WTDC action plans. */
export const PLAN_IDS = {
  wtdc17: 'buenos-aires-action-plan',
  wtdc22: 'kigali-action-plan',
  wtdc25: 'baku-action-plan',
} as const;

/** Lower-case, dash-separated id fragment. */
export const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The curated description of a node (throws when the curation is missing). */
function describe(id: string): string {
  const text = DESCRIPTIONS[id];
  if (text === undefined) throw new Error(`text.ts: no description for ${id}`);
  return text;
}

/** Joins the non-empty parts into one note, or undefined when there is nothing to say. */
function noteOf(...parts: (string | undefined)[]): string | undefined {
  const kept = parts.map((p) => p?.trim()).filter((p): p is string => p !== undefined && p !== '');
  return kept.length === 0 ? undefined : kept.join(' ');
}

/** Adds every node kind, in column order. */
export function addAllNodes(b: DatasetBuilder, ref: Reference): void {
  addGoals(b, ref);
  addThematicPriorities(b, ref);
  addProgrammes(b, ref);
  addRegionalInitiatives(b, ref);
  addActionLines(b, ref);
  addQuestions(b, ref);
  addTargets(b, ref);
  addResolutions(b, ref);
  addStudyGroups(b, ref);
  addSdgs(b, ref);
}

// ---------------------------------------------------------------------------------------------- goals

/** A plan of strategic-plan.yaml by its id (`sp-2024-2027`). */
export function planById(ref: Reference, id: string): YamlRecord {
  return findBy(recordsAt(ref.plan, 'plans'), 'id', id, `strategic-plan.yaml plans ${id}`);
}

/** Goal node id for a plan prefix (`sp24`, `sp20`) and goal number. */
export const goalId = (prefix: 'sp24' | 'sp20', n: number | string): string => `${prefix}-goal-${n}`;

function addGoals(b: DatasetBuilder, ref: Reference): void {
  const plans = [
    {
      planId: 'sp-2024-2027',
      prefix: 'sp24',
      period: SP_2024,
      itudPath: 'strategic_goals.sp_2024_2027.goals',
      itudPrefix: 'SP24-',
    },
    {
      planId: 'sp-2020-2023',
      prefix: 'sp20',
      period: SP_2020,
      itudPath: 'strategic_goals.sp_2020_2023.goals',
      itudPrefix: 'SP20-',
    },
  ] as const;
  for (const p of plans) {
    const plan = planById(ref, p.planId);
    const itudGoals = recordsAt(ref.itud, p.itudPath);
    recordsAt(plan, 'goals').forEach((goal, i) => {
      const where = `${p.planId}.goals[${i}]`;
      const gid = str(goal.id, `${where}.id`);
      const n = gid.replace(/^G/, '');
      const twin = findBy(itudGoals, 'id', `${p.itudPrefix}${gid}`, `itu-d.yaml ${p.itudPath}`);
      const note = typeof goal.note === 'string' ? goal.note : undefined;
      b.addNode({
        id: goalId(p.prefix, n),
        kind: 'goal',
        code: `Goal ${n}`,
        label: str(goal.name, `${where}.name`),
        description: describe(goalId(p.prefix, n)),
        periods: [p.period],
        cites: citeAll([
          ...sourcesOf(goal, where, ['also_seen_in']),
          ...sourcesOf(twin, p.itudPath),
          ...strings(plan.sources, `${p.planId}.sources`),
        ]),
        confidence: confidenceOf(goal.confidence, `${where}.confidence`),
        note: noteOf(reasonOf(goal), note),
      });
    });
  }
}

// ---------------------------------------------------------------------------------------------- targets

interface TargetItem {
  item: YamlRecord;
  where: string;
  prefix: 'sp24' | 'sp20';
  period: string;
}

/** Target node id: `sp20-target-3-2`. */
export const targetId = (prefix: 'sp24' | 'sp20', code: string): string => `${prefix}-target-${code.replace('.', '-')}`;

function targetItems(ref: Reference): TargetItem[] {
  const sp20 = recordsAt(planById(ref, 'sp-2020-2023'), 'targets').map((item, i) => ({
    item,
    where: `strategic-plan.yaml sp-2020-2023.targets[${i}]`,
    prefix: 'sp20' as const,
    period: SP_2020,
  }));
  const sp20more = recordsAt(ref.gap, 'strategic_plan_2020_2023_additions.targets').map((item, i) => ({
    item,
    where: `gapfill.yaml strategic_plan_2020_2023_additions.targets[${i}]`,
    prefix: 'sp20' as const,
    period: SP_2020,
  }));
  const sp24 = recordsAt(ref.gap, 'strategic_plan_2024_2027.targets').map((item, i) => ({
    item,
    where: `gapfill.yaml strategic_plan_2024_2027.targets[${i}]`,
    prefix: 'sp24' as const,
    period: SP_2024,
  }));
  return [...sp20, ...sp20more, ...sp24].sort(
    (a, c) => a.prefix.localeCompare(c.prefix) || String(a.item.id).localeCompare(String(c.item.id)),
  );
}

/**
 * Targets, with their link to the goal they sit under: official where the source places the target under
 * the goal, derived where the reference infers the goal from the target's number.
 */
function addTargets(b: DatasetBuilder, ref: Reference): void {
  for (const { item, where, prefix, period } of targetItems(ref)) {
    const code = str(item.id, `${where}.id`);
    const id = targetId(prefix, code);
    const cites = citeAll(sourcesOf(item, where, ['also_seen_in']));
    const confidence = confidenceOf(item.confidence, `${where}.confidence`);
    b.addNode({
      id,
      kind: 'target',
      code: `Target ${code}`,
      label: null,
      description: describe(id),
      periods: [period],
      cites,
      confidence,
      note: noteOf('The official wording of the target was not read; the description summarises it.', reasonOf(item)),
    });
    const goalNumber = str(item.goal, `${where}.goal`).replace(/^(SP24-)?G/, '');
    const reason = typeof item.goal_confidence_reason === 'string' ? item.goal_confidence_reason : reasonOf(item);
    const inferred = item.goal_confidence !== undefined || /numbering/i.test(reason ?? '');
    b.addLink({
      source: id,
      target: goalId(prefix, goalNumber),
      relation: 'belongs-to',
      basis: inferred ? 'derived' : 'official',
      cites,
      confidence:
        item.goal_confidence === undefined
          ? confidence
          : confidenceOf(item.goal_confidence, `${where}.goal_confidence`),
      note: inferred
        ? noteOf(`Targets are numbered after their goal, so target ${code} sits under Goal ${goalNumber}.`, reason)
        : undefined,
    });
  }
}

// ---------------------------------------------------------------------------------------------- thematic priorities

/** Thematic priority node id from its name. */
export const priorityId = (name: string): string => `tp-${slug(name)}`;

/** The ids of the two thematic priorities whose names are gaps. */
export const UNNAMED_PRIORITY_IDS = ['tp-unnamed-a', 'tp-unnamed-b'] as const;

function addThematicPriorities(b: DatasetBuilder, ref: Reference): void {
  const section = rec(at(ref.gap, 'bdt_thematic_priorities'), 'bdt_thematic_priorities');
  const items = recordsAt(ref.gap, 'bdt_thematic_priorities.items');
  items.forEach((item, i) => {
    const where = `bdt_thematic_priorities.items[${i}]`;
    const name = str(item.name, `${where}.name`);
    const status = str(item.status, `${where}.status`);
    b.addNode({
      id: priorityId(name),
      kind: 'thematic-priority',
      label: name,
      description: describe(priorityId(name)),
      periods: [...BOTH_CYCLES],
      sector: 'ITU-D',
      cites: citeAll(sourcesOf(item, where, ['also_seen_in'])),
      confidence: confidenceOf(item.confidence, `${where}.confidence`),
      note: noteOf(
        status === 'probable' ? 'Probable member of the list of ten.' : 'Confirmed as a BDT thematic priority.',
        reasonOf(item),
        typeof item.note === 'string' ? item.note : undefined,
      ),
    });
  });
  const count = rec(section.count, 'bdt_thematic_priorities.count');
  const total = Number(count.value);
  const missing = total - items.length;
  if (missing !== UNNAMED_PRIORITY_IDS.length)
    throw new Error(`expected ${UNNAMED_PRIORITY_IDS.length} unnamed priorities, found ${missing}`);
  for (const id of UNNAMED_PRIORITY_IDS) {
    b.addNode({
      id,
      kind: 'thematic-priority',
      label: null,
      description: describe(id),
      periods: [...BOTH_CYCLES],
      sector: 'ITU-D',
      cites: citeAll(sourcesOf(count, 'bdt_thematic_priorities.count', ['also_seen_in'])),
      confidence: 'medium',
      note: `BDT had ${total} thematic priorities (high confidence); ${items.length} names were found, five of them only probable, so which two are missing is itself uncertain.`,
    });
  }
}

// ---------------------------------------------------------------------------------------------- programmes

function addProgrammes(b: DatasetBuilder, ref: Reference): void {
  addKigali(b, ref);
  addBuenosAires(b, ref);
  addBaku(b, ref);
}

function addKigali(b: DatasetBuilder, ref: Reference): void {
  const conference = rec(at(ref.itud, 'kigali_action_plan.conference'), 'kigali_action_plan.conference');
  const framework = rec(at(ref.itud, 'kigali_action_plan.framework_note'), 'kigali_action_plan.framework_note');
  b.addNode({
    id: PLAN_IDS.wtdc22,
    kind: 'programme',
    label: 'Kigali Action Plan',
    description: describe(PLAN_IDS.wtdc22),
    periods: [...WTDC22_PERIODS],
    sector: 'ITU-D',
    cites: [
      { url: KAP_TOC, locator: 'Part II' },
      ...citeAll([...sourcesOf(conference, 'kap.conference'), ...sourcesOf(framework, 'kap.framework_note')]),
    ],
    confidence: 'high',
    note: 'Umbrella node for the whole action plan: its regional initiatives, study Questions and thematic priorities attach here when no finer link is sourced. The plan’s outcomes and its section 3.4 (Linkages) were not readable.',
  });
  const xd = recordsAt(planById(ref, 'sp-2024-2027'), 'thematic_priorities');
  recordsAt(ref.itud, 'kigali_action_plan.priorities').forEach((item, i) => {
    const where = `kigali_action_plan.priorities[${i}]`;
    const n = str(item.id, `${where}.id`).replace('KAP-P', '');
    const section = str(item.kap_section, `${where}.kap_section`);
    const asPriority = findBy(xd, 'kap_section', section, 'strategic-plan.yaml thematic_priorities');
    b.addNode({
      id: `kap-p${n}`,
      kind: 'programme',
      label: str(item.name, `${where}.name`),
      description: describe(`kap-p${n}`),
      periods: [...WTDC22_PERIODS],
      sector: 'ITU-D',
      cites: [{ url: str(item.source, `${where}.source`), locator: `Part II, section ${section}` }],
      confidence: confidenceOf(item.confidence, `${where}.confidence`),
      note: `Also named among the ITU-D thematic priorities of the Strategic Plan 2024-2027 (${str(asPriority.confidence, 'x-D confidence')} confidence: the name was read in the Kigali Action Plan contents; that Resolution 71 (Rev. Bucharest, 2022) words it identically was not checked).`,
    });
  });
}

function addBuenosAires(b: DatasetBuilder, ref: Reference): void {
  const conference = rec(at(ref.itud, 'buenos_aires_action_plan.conference'), 'baap.conference');
  const structure = rec(at(ref.itud, 'buenos_aires_action_plan.structure'), 'baap.structure');
  b.addNode({
    id: PLAN_IDS.wtdc17,
    kind: 'programme',
    label: 'Buenos Aires Action Plan',
    description: describe(PLAN_IDS.wtdc17),
    periods: [...WTDC17_PERIODS],
    sector: 'ITU-D',
    cites: citeAll([
      ...sourcesOf(conference, 'baap.conference'),
      str(structure.adopted_counts_source, 'baap.structure.adopted_counts_source'),
      str(structure.draft_counts_source, 'baap.structure.draft_counts_source'),
    ]),
    confidence: confidenceOf(conference.confidence, 'baap.conference.confidence'),
    note: noteOf(
      'Umbrella node for the whole action plan.',
      `The counts of objectives and outputs are ${str(structure.confidence, 'baap.structure.confidence')} confidence: ${reasonOf(structure) ?? ''}`,
    ),
  });
  const objectives = rec(at(ref.itud, 'buenos_aires_action_plan.objectives'), 'baap.objectives');
  const evidence = rec(at(ref.gap, 'baap_objective_numbering_evidence'), 'baap_objective_numbering_evidence');
  const numberingNote = `Official numbering and full wording were not read; the probable number rests on partial references (${str(evidence.confidence, 'numbering confidence')} confidence).`;
  recordsAt(objectives, 'items').forEach((item, i) => {
    const where = `baap.objectives.items[${i}]`;
    const label = str(item.label, `${where}.label`);
    const id = `baap-${slug(label)}`;
    b.addNode({
      id,
      kind: 'programme',
      label,
      description: describe(id),
      periods: [...WTDC17_PERIODS],
      sector: 'ITU-D',
      cites: [{ url: str(item.source, `${where}.source`), locator: 'cover' }, ...citeAll(OBJECTIVE_EVIDENCE[id] ?? [])],
      confidence: confidenceOf(item.confidence, `${where}.confidence`),
      note: noteOf('Short label as printed on the cover of the ITU-D Operational Plan 2019-2022.', numberingNote),
    });
  });
}

/** Which of the numbering-evidence sources bears on which objective (from gapfill.yaml's inference). */
const OBJECTIVE_EVIDENCE: Readonly<Record<string, readonly string[]>> = {
  'baap-international-cooperation': [
    'https://itu.int/en/ITU-D/Regional-Presence/AsiaPacific/Pages/Events/2020/RDF/default.aspx',
  ],
  'baap-modern-infrastructure': ['https://www.itu.int/en/ITU-D/Cybersecurity/Pages/about-cybersecurity.aspx'],
  'baap-enabling-environment': [
    'https://docsbay.net/development-and-delivery-of-training-courses',
    'https://www.itu.int/en/ITU-D/Innovation/Pages/Ecosystem-Performance-and-Good-Practices.aspx',
  ],
};

function addBaku(b: DatasetBuilder, ref: Reference): void {
  const conference = rec(at(ref.itud, 'regional_initiatives.wtdc25_2026_2029.conference'), 'wtdc25.conference');
  const related = recordsAt(planById(ref, 'sp-2028-2031-draft'), 'related_inputs');
  const baku = related.find((r) => /Baku/.test(String(r.fact)));
  if (!baku) throw new Error('strategic-plan.yaml: Baku related input not found');
  b.addNode({
    id: PLAN_IDS.wtdc25,
    kind: 'programme',
    label: str(at(ref.itud, 'regional_initiatives.wtdc25_2026_2029.action_plan'), 'wtdc25.action_plan'),
    description: describe(PLAN_IDS.wtdc25),
    periods: [BAKU_2026],
    sector: 'ITU-D',
    cites: citeAll([...sourcesOf(conference, 'wtdc25.conference'), ...sourcesOf(baku, 'related_inputs Baku')]),
    confidence: confidenceOf(conference.confidence, 'wtdc25.conference.confidence'),
    note: noteOf(
      'Umbrella node for the whole action plan; its priorities were not read.',
      `Adoption is stated in ITU’s WTDC-25 snapshot report and in a trade-press article (${str(baku.confidence, 'baku confidence')}); that the plan is ITU-D’s input to the Strategic Plan 2028-2031 is an inference.`,
    ),
  });
}

// ---------------------------------------------------------------------------------------------- regional initiatives

/** Region codes of the reference and the region names the app uses. */
export const REGION_NAMES: Readonly<Record<string, string>> = {
  AFR: 'Africa',
  AMS: 'Americas',
  ARB: 'Arab States',
  ASP: 'Asia-Pacific',
  CIS: 'CIS',
  EUR: 'Europe',
};

interface Conference {
  key: 'wtdc17' | 'wtdc22' | 'wtdc25';
  path: string;
  name: string;
  periods: readonly string[];
}

const CONFERENCES: readonly Conference[] = [
  { key: 'wtdc17', path: 'regional_initiatives.wtdc17_2018_2021', name: 'WTDC-17', periods: WTDC17_PERIODS },
  { key: 'wtdc22', path: 'regional_initiatives.wtdc22_2023_2025', name: 'WTDC-22', periods: WTDC22_PERIODS },
  { key: 'wtdc25', path: 'regional_initiatives.wtdc25_2026_2029', name: 'WTDC-25', periods: [BAKU_2026] },
];

/** A regional initiative as read, with what the region-level entry adds (note, corroboration). */
export interface InitiativeItem {
  conference: Conference;
  region: string;
  item: YamlRecord;
  where: string;
  regionNote?: string;
  regionSources: string[];
}

/** Every adopted regional initiative the reference lists (drafts, proposals and WTDC-14 lineage excluded). */
export function initiativeItems(ref: Reference): InitiativeItem[] {
  const out: InitiativeItem[] = [];
  for (const conference of CONFERENCES) {
    const block = rec(at(ref.itud, conference.path), conference.path);
    for (const region of Object.keys(REGION_NAMES)) {
      const entry = block[region];
      if (entry === undefined) continue;
      const where = `${conference.path}.${region}`;
      const items = Array.isArray(entry) ? entry : list(rec(entry, where).items, `${where}.items`);
      const regionRecord = isRecord(entry) ? entry : undefined;
      items.forEach((raw, i) =>
        out.push({
          conference,
          region,
          item: rec(raw, `${where}[${i}]`),
          where: `${where}[${i}]`,
          regionNote: typeof regionRecord?.note === 'string' ? regionRecord.note : undefined,
          regionSources: strings(regionRecord?.corroboration, `${where}.corroboration`),
        }),
      );
    }
  }
  return out;
}

/** Node id of a regional initiative: `ri-wtdc17-afr1`. */
export const initiativeId = (i: InitiativeItem): string =>
  `ri-${i.conference.key}-${str(i.item.id, `${i.where}.id`).toLowerCase()}`;

/** Node id of the action plan that adopted an initiative. */
export const planOf = (i: InitiativeItem): string => PLAN_IDS[i.conference.key];

/** The code users see: the official id, the label on the ITU page, or none for ids the reference made up. */
function initiativeCode(item: YamlRecord, where: string): string | undefined {
  if (item.id_official === true) return str(item.id, `${where}.id`);
  if (typeof item.official_label_on_page === 'string') return item.official_label_on_page;
  return undefined;
}

function initiativeDescription(i: InitiativeItem, id: string, planLabel: string): string {
  const extra = INITIATIVE_EXTRAS[id];
  const base = `Regional initiative for ${REGION_NAMES[i.region]} adopted at ${i.conference.name} as part of the ${planLabel}.`;
  return extra === undefined ? base : `${base} ${extra}`;
}

function addRegionalInitiatives(b: DatasetBuilder, ref: Reference): void {
  for (const i of initiativeItems(ref)) {
    const id = initiativeId(i);
    const code = initiativeCode(i.item, i.where);
    const localIdNote =
      code === undefined
        ? 'Has no official id in the sources read, so no code is shown; the number in its node id only orders the region’s initiatives.'
        : i.item.id_official === true
          ? undefined
          : `The ITU page labels it "${code}".`;
    const proxyNote = typeof i.item.mirror_of === 'string' ? 'Read on a proxy copy of the itu.int page.' : undefined;
    b.addNode({
      id,
      kind: 'regional-initiative',
      code,
      label: str(i.item.title, `${i.where}.title`),
      description: initiativeDescription(i, id, b.node(planOf(i)).label ?? ''),
      periods: [...i.conference.periods],
      sector: 'ITU-D',
      region: REGION_NAMES[i.region],
      cites: citeAll([...sourcesOf(i.item, i.where), ...i.regionSources]),
      confidence: confidenceOf(i.item.confidence, `${i.where}.confidence`),
      note: noteOf(
        localIdNote,
        proxyNote,
        typeof i.item.note === 'string' ? i.item.note : undefined,
        i.regionNote,
        reasonOf(i.item),
      ),
    });
  }
}

// ---------------------------------------------------------------------------------------------- WSIS action lines

/** Node id of an action line from the reference id (`C5` -> `wsis-c5`, `C7-ehealth` -> `wsis-c7-ehealth`). */
export const actionLineId = (refId: string): string => `wsis-${refId.toLowerCase()}`;

function facilitatorSentence(item: YamlRecord, where: string, isSubLine: boolean): string {
  const lead = strOrNull(item.lead_facilitator, `${where}.lead_facilitator`);
  const co = strings(item.co_facilitators, `${where}.co_facilitators`).filter((c) => !/proposed/i.test(c));
  const partners = strings(item.partners, `${where}.partners`);
  const parts: string[] = [];
  if (lead === null) parts.push('Lead facilitator: not established in the sources read.');
  else if (!/per sub-line/.test(lead)) parts.push(`Lead facilitator: ${lead}.`);
  else parts.push('Each of its eight sub-lines has its own facilitator.');
  if (co.length > 0) parts.push(`Co-facilitator${co.length > 1 ? 's' : ''}: ${co.join(', ')}.`);
  if (partners.length > 0) parts.push(`Partner: ${partners.join(', ')}.`);
  return `${isSubLine ? 'Sub-line of WSIS action line C7 (ICT applications).' : 'WSIS action line of the Geneva Plan of Action (2003), reaffirmed in the Tunis Agenda (2005).'} ${parts.join(' ')}`;
}

function addActionLines(b: DatasetBuilder, ref: Reference): void {
  const c4Addition = recordsAt(ref.gap, 'wsis_facilitator_additions').find((f) =>
    String(f.resolves).startsWith('wsis-questions.yaml C4'),
  );
  if (!c4Addition) throw new Error('gapfill.yaml: C4 facilitator addition not found');
  recordsAt(ref.wsis, 'wsis.action_lines').forEach((item, i) => {
    const where = `wsis.action_lines[${i}]`;
    const code = str(item.id, `${where}.id`);
    const isC4 = code === 'C4';
    b.addNode({
      id: actionLineId(code),
      kind: 'wsis-action-line',
      code,
      label: str(item.name, `${where}.name`),
      description: isC4
        ? 'WSIS action line of the Geneva Plan of Action (2003), reaffirmed in the Tunis Agenda (2005). No single lead: the Tunis Agenda annex names ITU, UNDP, UNESCO and UNCTAD as its moderators/facilitators, as WTDC Resolution 40 recalls.'
        : facilitatorSentence(item, where, false),
      periods: [...BOTH_CYCLES],
      sector: 'WSIS',
      cites: citeAll([
        str(item.name_source, `${where}.name_source`),
        ...strings(item.lead_facilitator_sources, `${where}.lead_facilitator_sources`),
        ...strings(item.co_facilitators_source, `${where}.co_facilitators_source`),
        ...strings(item.partners_source, `${where}.partners_source`),
        ...(isC4 ? sourcesOf(c4Addition, 'C4 addition') : []),
      ]),
      confidence: confidenceOf(item.confidence, `${where}.confidence`),
      note: noteOf(
        reasonOf(item),
        isC4
          ? `The four-facilitator reading comes from Resolution 40 (${str(c4Addition.confidence, 'C4 confidence')}).`
          : undefined,
        typeof item.note === 'string' ? item.note : undefined,
      ),
    });
  });
  const listSources = strings(at(ref.wsis, 'wsis.c7_sublines.list_sources'), 'c7_sublines.list_sources');
  recordsAt(ref.wsis, 'wsis.c7_sublines.items').forEach((item, i) => {
    const where = `wsis.c7_sublines.items[${i}]`;
    b.addNode({
      id: actionLineId(str(item.id, `${where}.id`)),
      kind: 'wsis-action-line',
      label: str(item.name, `${where}.name`),
      description: facilitatorSentence(item, where, true),
      periods: [...BOTH_CYCLES],
      sector: 'WSIS',
      cites: citeAll([
        ...listSources.slice(0, 1),
        ...strings(item.lead_facilitator_sources, `${where}.lead_facilitator_sources`),
        ...strings(item.co_facilitators_source, `${where}.co_facilitators_source`),
        ...listSources.slice(1),
      ]),
      confidence: confidenceOf(item.confidence, `${where}.confidence`),
      note: noteOf('No official short code for the sub-line is used in the sources.', reasonOf(item)),
    });
  });
}

// ---------------------------------------------------------------------------------------------- study Questions

/** The study periods the dataset covers, with the node-id suffix and the WTDC that set them. */
export const STUDY_PERIODS = [
  { period: STUDY_2018, suffix: '2018', periods: WTDC17_PERIODS, plan: PLAN_IDS.wtdc17 },
  { period: STUDY_2022, suffix: '2022', periods: WTDC22_PERIODS, plan: PLAN_IDS.wtdc22 },
] as const;

/** Node id of a Question in a study period: `Q3/2` in 2022-2025 -> `q3-2-2022`. */
export const questionId = (question: string, period: string): string =>
  `q${question.replace(/^Q/, '').replace('/', '-')}-${period.slice(0, 4)}`;

/** Node id of an ITU-D study group in a study period: `itu-d-sg1-2022`. */
export const studyGroupId = (sg: string, period: string): string => `itu-d-${sg.toLowerCase()}-${period.slice(0, 4)}`;

/** The Questions of the covered study periods, as read. */
export function questionItems(
  ref: Reference,
): { item: YamlRecord; where: string; period: (typeof STUDY_PERIODS)[number] }[] {
  return recordsAt(ref.wsis, 'itu_d.questions')
    .map((item, i) => ({
      item,
      where: `itu_d.questions[${i}]`,
      period: STUDY_PERIODS.find((p) => p.period === item.period),
    }))
    .filter(
      (q): q is { item: YamlRecord; where: string; period: (typeof STUDY_PERIODS)[number] } => q.period !== undefined,
    );
}

/** The reference's record of a study period (count sources, study groups). */
export function studyPeriodRecord(ref: Reference, period: string): YamlRecord {
  return findBy(recordsAt(ref.wsis, 'itu_d.study_periods'), 'id', period, 'itu_d.study_periods');
}

function questionNote(item: YamlRecord): string | undefined {
  const hasCandidate = item.likely_title !== undefined || item.proposed_title_in_tor !== undefined;
  const hasPrevious = item.previous_title !== undefined;
  return noteOf(
    item.title === null ? 'Title not yet sourced for this study period.' : undefined,
    hasCandidate ? 'A candidate title was seen but not confirmed, so it is not used.' : undefined,
    hasPrevious ? 'The title of the 2014-2017 predecessor is known but is not used for this period.' : undefined,
    reasonOf(item),
  );
}

function addQuestions(b: DatasetBuilder, ref: Reference): void {
  for (const { item, where, period } of questionItems(ref)) {
    const question = str(item.question, `${where}.question`);
    const id = questionId(question, period.period);
    const countSource = str(
      studyPeriodRecord(ref, period.period).question_count_source,
      `${period.period}.question_count_source`,
    );
    b.addNode({
      id,
      kind: 'study-question',
      code: question,
      label: strOrNull(item.title, `${where}.title`),
      description: describe(id),
      periods: [...period.periods],
      sector: 'ITU-D',
      studyGroup: str(item.study_group, `${where}.study_group`),
      cites: citeAll([
        ...sourcesOf(item, where),
        ...strings(item.topic_source, `${where}.topic_source`),
        ...strings(item.previous_title_source, `${where}.previous_title_source`),
        ...strings(item.previous_title_sources, `${where}.previous_title_sources`),
        countSource,
      ]),
      confidence: confidenceOf(item.confidence, `${where}.confidence`),
      note: questionNote(item),
    });
  }
}

// ---------------------------------------------------------------------------------------------- study groups

function addStudyGroups(b: DatasetBuilder, ref: Reference): void {
  for (const sp of STUDY_PERIODS) {
    const record = studyPeriodRecord(ref, sp.period);
    recordsAt(record, 'study_groups').forEach((sg, i) => {
      const where = `study_periods ${sp.period}.study_groups[${i}]`;
      const name = str(sg.id, `${where}.id`);
      const scope = strOrNull(sg.scope, `${where}.scope`);
      const id = studyGroupId(name, sp.period);
      b.addNode({
        id,
        kind: 'study-group',
        code: `ITU-D ${name}`,
        label: scope,
        description: describe(id),
        periods: [...sp.periods],
        sector: 'ITU-D',
        cites: citeAll([
          ...strings(sg.scope_source, `${where}.scope_source`),
          ...strings(sg.chair_sources, `${where}.chair_sources`),
          ...strings(sg.scope_note_source, `${where}.scope_note_source`),
          str(record.set_by_source, `${sp.period}.set_by_source`),
          str(record.question_count_source, `${sp.period}.question_count_source`),
        ]),
        confidence:
          sg.scope_confidence === undefined ? 'high' : confidenceOf(sg.scope_confidence, `${where}.scope_confidence`),
        note: noteOf(
          scope === null ? 'Scope title not yet sourced for this period.' : undefined,
          typeof sg.scope_reason === 'string' ? `Scope title: ${sg.scope_reason}` : undefined,
        ),
      });
    });
  }
  addOtherSectorStudyGroups(b, ref);
}

/** ITU-T SG5 and ITU-R SG1/SG7: the groups ITU-D Questions are stated to work with. */
function addOtherSectorStudyGroups(b: DatasetBuilder, ref: Reference): void {
  const periodNote =
    'Tagged with the period in which an ITU-D Question is stated to work with it; no other period is sourced for this group.';
  const tsg5 = findBy(recordsAt(ref.wsis, 'itu_t_study_groups.older_periods'), 'id', 'T-SG5', 'itu_t older_periods');
  b.addNode({
    id: 'itu-t-sg5',
    kind: 'study-group',
    code: 'ITU-T SG5',
    label: str(tsg5.name, 'T-SG5.name'),
    description: describe('itu-t-sg5'),
    periods: [...WTDC17_PERIODS],
    sector: 'ITU-T',
    cites: citeAll(sourcesOf(tsg5, 'T-SG5')),
    confidence: confidenceOf(tsg5.confidence, 'T-SG5.confidence'),
    note: noteOf(
      `Name as read for the ITU-T study period ${str(tsg5.period, 'T-SG5.period')}, on a proxy copy of the ITU page.`,
      periodNote,
    ),
  });
  const itur = rec(at(ref.wsis, 'itu_r_study_groups'), 'itu_r_study_groups');
  const iturItems = recordsAt(itur, 'items');
  for (const rid of ['R-SG1', 'R-SG7']) {
    const item = findBy(iturItems, 'id', rid, 'itu_r_study_groups.items');
    const id = `itu-r-${rid.slice(2).toLowerCase()}`;
    b.addNode({
      id,
      kind: 'study-group',
      code: `ITU-R ${rid.slice(2)}`,
      label: str(item.name, `${rid}.name`),
      description: describe(id),
      periods: [...WTDC17_PERIODS],
      sector: 'ITU-R',
      cites: citeAll(sourcesOf(itur, 'itu_r_study_groups')),
      confidence: confidenceOf(itur.confidence, 'itu_r_study_groups.confidence'),
      note: noteOf(reasonOf(itur), periodNote),
    });
  }
}

// ---------------------------------------------------------------------------------------------- resolutions

interface ResolutionItem {
  body: 'WTDC' | 'PP';
  number: string;
  revision?: string;
  title: string | null;
  cites: string[];
  confidence: Confidence;
  reason?: string;
  periods: readonly string[];
}

/** Node id of a resolution: `wtdc-res-45`, `pp-res-130`. */
export const resolutionId = (body: 'WTDC' | 'PP', n: string | number): string => `${body.toLowerCase()}-res-${n}`;

function resolutionFrom(
  item: YamlRecord,
  where: string,
  body: 'WTDC' | 'PP',
  periods: readonly string[],
): ResolutionItem {
  return {
    body,
    number: str(item.number, `${where}.number`),
    revision: typeof item.revision === 'string' ? item.revision : undefined,
    title: strOrNull(item.title, `${where}.title`),
    cites: sourcesOf(item, where, ['title_completion_source']),
    confidence: confidenceOf(item.confidence, `${where}.confidence`),
    reason: reasonOf(item),
    periods,
  };
}

/**
 * WTDC and PP resolutions the reference names with a number and a source. Resolutions in the Kigali final
 * report (or revised at Kigali, or cited by a current ITU-D page) are tagged with the 2024-2027 cycle; those
 * known only in their Buenos Aires 2017 form with the 2020-2023 cycle. WTSA resolutions are left out.
 */
export function resolutionItems(ref: Reference): ResolutionItem[] {
  const out: ResolutionItem[] = [];
  recordsAt(ref.itud, 'kap_resolutions.items').forEach((item, i) =>
    out.push(resolutionFrom(item, `kap_resolutions.items[${i}]`, 'WTDC', WTDC22_PERIODS)),
  );
  recordsAt(ref.itud, 'kap_resolutions.related_resolution_facts').forEach((item, i) => {
    const where = `kap_resolutions.related_resolution_facts[${i}]`;
    if (out.some((r) => r.number === String(item.number))) return;
    const current = !/Buenos Aires|WTDC-17/.test(`${String(item.fact)} ${String(item.title)}`);
    const r = resolutionFrom(item, where, 'WTDC', current ? WTDC22_PERIODS : WTDC17_PERIODS);
    out.push({ ...r, reason: noteOf(typeof item.fact === 'string' ? item.fact : undefined) });
  });
  recordsAt(ref.gap, 'kigali_action_plan.kigali_resolutions_additional').forEach((item, i) =>
    out.push(resolutionFrom(item, `kigali_resolutions_additional[${i}]`, 'WTDC', WTDC22_PERIODS)),
  );
  recordsAt(ref.gap, 'kigali_action_plan.pp_and_wtsa_resolutions_seen')
    .filter((item) => item.body === 'PP')
    .forEach((item, i) => out.push(resolutionFrom(item, `pp_and_wtsa_resolutions_seen[${i}]`, 'PP', WTDC22_PERIODS)));
  const environment = environmentMandateEdge(ref);
  out.push({
    body: 'PP',
    number: '182',
    title: null,
    cites: sourcesOf(environment, 'environment mandate edge'),
    confidence: confidenceOf(environment.confidence, 'environment mandate edge.confidence'),
    reason: 'Named without revision or title in ITU-D’s environment mandate page.',
    periods: WTDC22_PERIODS,
  });
  const bodyRank = (r: ResolutionItem): number => (r.body === 'WTDC' ? 0 : 1);
  return out.sort((a, c) => bodyRank(a) - bodyRank(c) || Number(a.number) - Number(c.number));
}

/** gapfill.yaml's edge from ITU-D environment work to the resolutions and target that mandate it. */
export function environmentMandateEdge(ref: Reference): YamlRecord {
  const edges = recordsAt(ref.gap, 'kigali_action_plan.linkage_edges_found');
  const found = edges.find((e) => String(e.from).startsWith('ITU-D environment'));
  if (!found) throw new Error('gapfill.yaml: environment mandate edge not found');
  return found;
}

function addResolutions(b: DatasetBuilder, ref: Reference): void {
  for (const r of resolutionItems(ref)) {
    const id = resolutionId(r.body, r.number);
    const topic = RESOLUTION_TOPICS[id];
    if (topic === undefined) throw new Error(`text.ts: no topic for ${id}`);
    const conference =
      r.body === 'WTDC' ? 'World Telecommunication Development Conference' : 'Plenipotentiary Conference';
    const revision = r.revision === undefined ? '' : ` (${r.revision})`;
    b.addNode({
      id,
      kind: 'resolution',
      code: `${r.body} Res. ${r.number}`,
      label: r.title,
      description: `${conference} Resolution ${r.number}${revision}, on ${topic}.`,
      periods: [...r.periods],
      ...(r.body === 'WTDC' ? { sector: 'ITU-D' } : {}),
      cites: citeAll(r.cites),
      confidence: r.confidence,
      note: noteOf(r.title === null ? 'Title not yet sourced.' : undefined, r.reason),
    });
  }
}

// ---------------------------------------------------------------------------------------------- SDGs

function addSdgs(b: DatasetBuilder, ref: Reference): void {
  const block = rec(at(ref.wsis, 'sdgs'), 'sdgs');
  const cites = citeAll(sourcesOf(block, 'sdgs', ['also_seen_at']));
  recordsAt(block, 'items').forEach((item, i) => {
    const n = str(item.number, `sdgs.items[${i}].number`);
    b.addNode({
      id: `sdg-${n}`,
      kind: 'sdg',
      code: `SDG ${n}`,
      label: str(item.name, `sdgs.items[${i}].name`),
      description: `Goal ${n} of the UN 2030 Agenda for Sustainable Development. WSIS action lines connect to it through the WSIS-SDG Matrix.`,
      periods: [...BOTH_CYCLES],
      sector: 'UN',
      cites,
      confidence: confidenceOf(block.confidence, 'sdgs.confidence'),
      note: reasonOf(block),
    });
  });
}

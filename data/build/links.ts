/**
 * Official links (a source states them) and derived links (they follow from how the documents are built).
 * Sources and confidence are read from the reference edge or fact that states each link.
 */
import type { Confidence } from '../../src/model/schema';
import { citeAll, type DatasetBuilder } from './builder';
import {
  actionLineId,
  environmentMandateEdge,
  goalId,
  initiativeId,
  initiativeItems,
  KAP_TOC,
  PLAN_IDS,
  planById,
  priorityId,
  questionId,
  questionItems,
  resolutionId,
  slug,
  studyGroupId,
  studyPeriodRecord,
  targetId,
  UNNAMED_PRIORITY_IDS,
} from './nodes';
import type { Reference } from './reference';
import {
  at,
  confidenceOf,
  findBy,
  reasonOf,
  rec,
  recordsAt,
  sourcesOf,
  str,
  strings,
  type YamlRecord,
} from './yamlAccess';

/** Adds every official and derived link. */
export function addStatedLinks(b: DatasetBuilder, ref: Reference): void {
  addPlanStructure(b, ref);
  addInitiativeLinks(b, ref);
  addThematicPriorityLinks(b, ref);
  addResolutionLinks(b, ref);
  addQuestionLinks(b, ref);
  addActionLineLinks(b, ref);
  addWsisSdgMatrix(b, ref);
}

/** The edge in a list whose `from` names `from` (exactly or as a list member) and whose type is `type`. */
export function edgeFrom(edges: readonly YamlRecord[], from: string, type: string, where: string): YamlRecord {
  const found = edges.filter((e) => strings(e.from, `${where}.from`).includes(from) && e.type === type);
  if (found.length !== 1) throw new Error(`${where}: expected one ${type} edge from ${from}, found ${found.length}`);
  return found[0] as YamlRecord;
}

const itudEdges = (ref: Reference): YamlRecord[] => recordsAt(ref.itud, 'edges');
const wsisEdges = (ref: Reference): YamlRecord[] => recordsAt(ref.wsis, 'edges');

// ---------------------------------------------------------------------------------------------- action plans

function addPlanStructure(b: DatasetBuilder, ref: Reference): void {
  const sections = edgeFrom(itudEdges(ref), 'KAP-P1..P5', 'implemented_in', 'itu-d.yaml edges');
  for (let n = 1; n <= 5; n++) {
    b.addLink({
      source: `kap-p${n}`,
      target: PLAN_IDS.wtdc22,
      relation: 'belongs-to',
      basis: 'official',
      cites: [{ url: str(sections.source, 'KAP sections edge.source'), locator: `Part II, section 4.${n}` }],
      confidence: confidenceOf(sections.confidence, 'KAP sections edge.confidence'),
    });
  }
  const supports = edgeFrom(itudEdges(ref), 'KAP (all priorities)', 'supports', 'itu-d.yaml edges');
  for (const n of [1, 2]) {
    b.addLink({
      source: PLAN_IDS.wtdc22,
      target: goalId('sp24', n),
      relation: 'contributes-to',
      basis: 'official',
      cites: citeAll(sourcesOf(supports, 'KAP supports edge')),
      confidence: confidenceOf(supports.confidence, 'KAP supports edge.confidence'),
      note: 'The source says the Kigali priorities are meant to support the Strategic Plan 2024-2027 as a whole; it gives no split by goal. Press report, hence medium.',
    });
  }
  const objectives = recordsAt(ref.itud, 'buenos_aires_action_plan.objectives.items');
  for (const [i, item] of objectives.entries()) {
    const where = `baap.objectives.items[${i}]`;
    b.addLink({
      source: `baap-${slug(str(item.label, `${where}.label`))}`,
      target: PLAN_IDS.wtdc17,
      relation: 'belongs-to',
      basis: 'official',
      cites: citeAll(sourcesOf(item, where)),
      confidence: confidenceOf(item.confidence, `${where}.confidence`),
      note: 'The ITU-D Operational Plan 2019-2022 lists it among the four objectives set by WTDC-17 (third-party copy).',
    });
  }
  const structure = rec(at(ref.itud, 'buenos_aires_action_plan.structure'), 'baap.structure');
  const dubai = strings(planById(ref, 'sp-2020-2023').sources, 'sp-2020-2023.sources')[0] ?? '';
  for (let n = 1; n <= 5; n++) {
    b.addLink({
      source: PLAN_IDS.wtdc17,
      target: goalId('sp20', n),
      relation: 'contributes-to',
      basis: 'derived',
      cites: citeAll([str(structure.adopted_counts_source, 'baap adopted_counts_source'), dubai]),
      confidence: 'medium',
      note: 'Each WTDC sets ITU-D’s objectives for the following strategic cycle: WTDC-17’s four objectives are what the ITU-D Operational Plan 2019-2022 implements under the Strategic Plan 2020-2023, just as the Kigali priorities feed the 2024-2027 plan. No split by goal is sourced.',
    });
  }
}

// ---------------------------------------------------------------------------------------------- regional initiatives

function addInitiativeLinks(b: DatasetBuilder, ref: Reference): void {
  const planCites: Readonly<Record<string, string>> = {
    wtdc17: str(at(ref.itud, 'regional_initiatives.wtdc17_2018_2021.count_per_region.source'), 'wtdc17 count source'),
    wtdc22: KAP_TOC,
    wtdc25: str(at(ref.itud, 'regional_initiatives.wtdc25_2026_2029.conference.source'), 'wtdc25 conference source'),
  };
  for (const i of initiativeItems(ref)) {
    const plan = PLAN_IDS[i.conference.key];
    const planCite = planCites[i.conference.key] ?? '';
    b.addLink({
      source: initiativeId(i),
      target: plan,
      relation: 'belongs-to',
      basis: 'derived',
      cites: [
        ...citeAll(sourcesOf(i.item, i.where)),
        i.conference.key === 'wtdc22' ? { url: planCite, locator: 'Part III' } : { url: planCite },
      ],
      confidence: confidenceOf(i.item.confidence, `${i.where}.confidence`),
      note: `Regional initiatives are adopted by the WTDC together with its action plan; this one was adopted at ${i.conference.name} (${b.node(plan).label ?? ''}).`,
    });
  }
}

// ---------------------------------------------------------------------------------------------- thematic priorities

function addThematicPriorityLinks(b: DatasetBuilder, ref: Reference): void {
  const context = rec(at(ref.itud, 'buenos_aires_action_plan.bdt_thematic_priorities_2019_2021.context'), 'tp context');
  const names = recordsAt(ref.gap, 'bdt_thematic_priorities.items').map((item, i) =>
    str(item.name, `tp items[${i}].name`),
  );
  for (const id of [...names.map(priorityId), ...UNNAMED_PRIORITY_IDS]) {
    b.addLink({
      source: id,
      target: PLAN_IDS.wtdc17,
      relation: 'implements',
      basis: 'derived',
      cites: citeAll(sourcesOf(context, 'tp context')),
      confidence: confidenceOf(context.confidence, 'tp context.confidence'),
      note: 'From 2019 BDT organised and reported its implementation of the Buenos Aires Action Plan by its ten thematic priorities, so each of them is a part of that plan’s delivery.',
    });
  }
  const items = recordsAt(ref.gap, 'bdt_thematic_priorities.items');
  const die = findBy(items, 'name', 'Digital Innovation Ecosystems', 'bdt_thematic_priorities.items');
  const dieLinks = recordsAt(die, 'links');
  const goal4 = dieLinks.find((l) => String(l.to).startsWith('Connect 2030 Goal 4'));
  const output34 = dieLinks.find((l) => String(l.to).startsWith('WTDC-17'));
  if (!goal4 || !output34) throw new Error('gapfill.yaml: Digital Innovation Ecosystems links not found');
  b.addLink({
    source: priorityId('Digital Innovation Ecosystems'),
    target: goalId('sp20', 4),
    relation: 'contributes-to',
    basis: 'official',
    cites: citeAll(sourcesOf(goal4, 'DIE goal 4 link')),
    confidence: confidenceOf(goal4.confidence, 'DIE goal 4 link.confidence'),
  });
  b.addLink({
    source: priorityId('Digital Innovation Ecosystems'),
    target: 'baap-enabling-environment',
    relation: 'implements',
    basis: 'official',
    cites: citeAll(sourcesOf(output34, 'DIE output 3.4 link')),
    confidence: lowerOf(confidenceOf(output34.confidence, 'DIE output 3.4.confidence'), 'medium'),
    note: 'The ITU page says this priority delivers WTDC-17 output (objective) 3.4 on innovation. That objective 3 is "Enabling environment" rests on the numbering inference (medium), hence medium.',
  });
  const cyberEdges = recordsAt(ref.gap, 'bdt_thematic_priorities.related_edges');
  const cyberBaap = cyberEdges.find((e) => String(e.from).startsWith('Cybersecurity'));
  if (!cyberBaap) throw new Error('gapfill.yaml: cybersecurity -> BAAP edge not found');
  b.addLink({
    source: priorityId('Cybersecurity'),
    target: 'baap-modern-infrastructure',
    relation: 'implements',
    basis: 'official',
    cites: citeAll(sourcesOf(cyberBaap, 'cybersecurity BAAP edge')),
    confidence: lowerOf(confidenceOf(cyberBaap.confidence, 'cybersecurity BAAP edge.confidence'), 'medium'),
    note: 'An older version of ITU’s cybersecurity programme page builds the programme on Buenos Aires objective 2; reading objective 2 as "Modern Infrastructure" is the numbering inference (medium).',
  });
  const facts = recordsAt(ref.gap, 'strategic_plan_2024_2027.thematic_priority_facts');
  const cyberKap = facts.find((f) => rec(f.edge ?? {}, 'fact edge').to === 'x-D5');
  if (!cyberKap) throw new Error('gapfill.yaml: cybersecurity -> x-D5 fact not found');
  b.addLink({
    source: priorityId('Cybersecurity'),
    target: 'kap-p5',
    relation: 'implements',
    basis: 'official',
    cites: citeAll(sourcesOf(cyberKap, 'cybersecurity x-D5 fact')),
    confidence: confidenceOf(cyberKap.confidence, 'cybersecurity x-D5 fact.confidence'),
    note: 'ITU’s cybersecurity programme says it builds on the fifth ITU-D priority of the Kigali Action Plan.',
  });
  const mandate = environmentMandateEdge(ref);
  b.addLink({
    source: priorityId('Environment'),
    target: targetId('sp24', '2.5'),
    relation: 'contributes-to',
    basis: 'official',
    cites: citeAll(sourcesOf(mandate, 'environment mandate edge')),
    confidence: confidenceOf(mandate.confidence, 'environment mandate edge.confidence'),
    note: noteWithReason(
      'ITU-D’s environment page names target 2.5 of the 2024-2027 plan among the mandates of its environment work.',
      mandate,
    ),
  });
  const linkage = recordsAt(ref.gap, 'kigali_action_plan.linkage_edges_found');
  const eenv = linkage.find((e) => String(e.from).startsWith('ITU-D climate change'));
  if (!eenv) throw new Error('gapfill.yaml: climate change -> C7-eenv edge not found');
  b.addLink({
    source: priorityId('Environment'),
    target: actionLineId('C7-eenv'),
    relation: 'implements',
    basis: 'official',
    cites: citeAll(sourcesOf(eenv, 'climate -> C7-eenv edge')),
    confidence: confidenceOf(eenv.confidence, 'climate -> C7-eenv edge.confidence'),
    note: 'An ITU-D climate-change page says its part in WSIS implementation is action line C7 e-environment.',
  });
}

/** The lower of two confidence levels. */
export function lowerOf(a: Confidence, b: Confidence): Confidence {
  const order: Confidence[] = ['low', 'medium', 'high'];
  return order[Math.min(order.indexOf(a), order.indexOf(b))] ?? 'low';
}

function noteWithReason(text: string, item: YamlRecord): string {
  const reason = reasonOf(item);
  return reason === undefined ? text : `${text} ${reason}`;
}

// ---------------------------------------------------------------------------------------------- resolutions

/** Maps a resolution as the reference writes it ("WTDC Res. 45 (Rev. Kigali, 2022)", "PP Res. 130 ...") to a node id. */
function resolutionNodeId(text: string): string {
  const match = /^(WTDC|PP) Res\. (\d+)/.exec(text);
  if (!match) throw new Error(`cannot read resolution reference "${text}"`);
  return resolutionId(match[1] as 'WTDC' | 'PP', match[2] as string);
}

function addResolutionLinks(b: DatasetBuilder, ref: Reference): void {
  const linkage = recordsAt(ref.gap, 'kigali_action_plan.linkage_edges_found');
  const mandate = linkage.find((e) => e.from === 'x-D5' && e.type === 'mandated_by');
  if (!mandate) throw new Error('gapfill.yaml: x-D5 mandated_by edge not found');
  for (const text of strings(mandate.to, 'x-D5 mandated_by.to')) {
    b.addLink({
      source: resolutionNodeId(text),
      target: 'kap-p5',
      relation: 'supports',
      basis: 'official',
      cites: citeAll(sourcesOf(mandate, 'x-D5 mandated_by')),
      confidence: confidenceOf(mandate.confidence, 'x-D5 mandated_by.confidence'),
      note: noteWithReason(
        'Listed as a mandate of ITU’s cybersecurity programme, which builds on this priority.',
        mandate,
      ),
    });
  }
  const environment = environmentMandateEdge(ref);
  for (const text of strings(environment.to, 'environment mandate.to').filter((t) => /Res\./.test(t))) {
    b.addLink({
      source: resolutionNodeId(text),
      target: priorityId('Environment'),
      relation: 'supports',
      basis: 'official',
      cites: citeAll(sourcesOf(environment, 'environment mandate')),
      confidence: confidenceOf(environment.confidence, 'environment mandate.confidence'),
      note: noteWithReason('Named by ITU-D’s environment page as a mandate of its environment work.', environment),
    });
  }
  const setBy = str(studyPeriodRecord(ref, '2022-2025').set_by_source, '2022-2025 set_by_source');
  for (const sg of ['SG1', 'SG2']) {
    b.addLink({
      source: resolutionId('WTDC', 2),
      target: studyGroupId(sg, '2022-2025'),
      relation: 'supports',
      basis: 'official',
      cites: [{ url: setBy, locator: 'Part IV, Resolution 2' }],
      confidence: 'high',
      note: 'Resolution 2 (Rev. Kigali, 2022) establishes the study groups and their Questions for 2022-2025.',
    });
  }
  const c4 = recordsAt(ref.gap, 'wsis_facilitator_additions').find((f) =>
    String(f.resolves).startsWith('wsis-questions.yaml C4'),
  );
  if (!c4) throw new Error('gapfill.yaml: C4 addition not found');
  b.addLink({
    source: resolutionId('WTDC', 40),
    target: actionLineId('C4'),
    relation: 'supports',
    basis: 'official',
    cites: citeAll(sourcesOf(c4, 'C4 addition')),
    confidence: confidenceOf(c4.confidence, 'C4 addition.confidence'),
    note: noteWithReason(
      'The resolution recalls ITU’s role as a facilitator of action line C4 (capacity building).',
      c4,
    ),
  });
}

// ---------------------------------------------------------------------------------------------- study Questions

/** Node id of a Question from the reference key `Q3/2@2022-2025`. */
export function questionKeyId(key: string): string {
  const [question, period] = key.split('@');
  if (question === undefined || period === undefined) throw new Error(`bad Question key ${key}`);
  return questionId(question, period);
}

function addQuestionLinks(b: DatasetBuilder, ref: Reference): void {
  for (const { item, where, period } of questionItems(ref)) {
    const question = str(item.question, `${where}.question`);
    const id = questionId(question, period.period);
    const record = studyPeriodRecord(ref, period.period);
    const qCite = b.primaryCite(id);
    b.addLink({
      source: id,
      target: studyGroupId(str(item.study_group, `${where}.study_group`), period.period),
      relation: 'belongs-to',
      basis: 'derived',
      cites: [qCite, { url: str(record.question_count_source, `${period.period}.question_count_source`) }],
      confidence: 'high',
      note: `ITU-D Questions numbered n/1 belong to Study Group 1 and n/2 to Study Group 2 of the same study period (${period.period}).`,
    });
    b.addLink({
      source: id,
      target: period.plan,
      relation: 'belongs-to',
      basis: 'derived',
      cites: [qCite, { url: str(record.set_by_source, `${period.period}.set_by_source`) }],
      confidence: 'medium',
      note: `The Questions of ${period.period} were set by the same conference that adopted the ${b.node(period.plan).label ?? ''} (through Resolution 2), and are part of its outcome; no finer link to a priority is sourced for most of them.`,
    });
  }
  const stated = recordsAt(ref.gap, 'study_questions.new_facts').find(
    (f) => rec(f.edge ?? {}, 'fact edge').from === 'Q3/2@2022-2025',
  );
  if (!stated) throw new Error('gapfill.yaml: Q3/2 -> x-D5 fact not found');
  b.addLink({
    source: questionKeyId('Q3/2@2022-2025'),
    target: 'kap-p5',
    relation: 'contributes-to',
    basis: 'official',
    cites: citeAll(sourcesOf(stated, 'Q3/2 fact')),
    confidence: confidenceOf(stated.confidence, 'Q3/2 fact.confidence'),
    note: noteWithReason(
      'ITU’s 2022-2023 annual report ties its cybersecurity legal-measures work to Kigali priority 5 and says it takes Question 3/2 into account.',
      stated,
    ),
  });
  const q11 = edgeFrom(wsisEdges(ref), 'Q1/1@2018-2021', 'references', 'wsis-questions.yaml edges');
  b.addLink({
    source: questionKeyId('Q1/1@2018-2021'),
    target: actionLineId('C7'),
    relation: 'addresses',
    basis: 'official',
    cites: citeAll(sourcesOf(q11, 'Q1/1 references edge')),
    confidence: confidenceOf(q11.confidence, 'Q1/1 references edge.confidence'),
    note: noteWithReason(
      'The terms of reference say broadband underpins the aims of WSIS action line C7 (as written; not C2).',
      q11,
    ),
  });
  addWorksWith(b, ref);
}

/** ITU-D Questions that are stated to work with ITU-T and ITU-R study groups. */
function addWorksWith(b: DatasetBuilder, ref: Reference): void {
  const pairs = [
    {
      from: 'Q6/2 (ITU-D, climate/environment)',
      question: 'q6-2-2018',
      targets: { 'T-SG5': 'itu-t-sg5', 'R-SG7': 'itu-r-sg7' },
    },
    {
      from: 'Q7/2 (ITU-D, EMF)',
      question: 'q7-2-2018',
      targets: { 'ITU-T SG5 Question 3/5': 'itu-t-sg5', 'ITU-R SG1 WP1C': 'itu-r-sg1' },
    },
  ] as const;
  for (const pair of pairs) {
    const edge = edgeFrom(wsisEdges(ref), pair.from, 'works_with', 'wsis-questions.yaml edges');
    const to = strings(edge.to, `${pair.from}.to`);
    for (const [refTarget, nodeId] of Object.entries(pair.targets)) {
      if (!to.includes(refTarget)) throw new Error(`works_with edge from ${pair.from} has no ${refTarget}`);
      b.addLink({
        source: pair.question,
        target: nodeId,
        relation: 'works-with',
        basis: 'official',
        cites: citeAll(sourcesOf(edge, `${pair.from} works_with`)),
        confidence: confidenceOf(edge.confidence, `${pair.from} works_with.confidence`),
        note: noteWithReason(
          refTarget.includes('Question') || refTarget.includes('WP')
            ? `Stated counterpart work: ${refTarget}.`
            : 'Stated as a partner group for this Question’s topic.',
          edge,
        ),
      });
    }
  }
}

// ---------------------------------------------------------------------------------------------- WSIS

function addActionLineLinks(b: DatasetBuilder, ref: Reference): void {
  const listSources = strings(at(ref.wsis, 'wsis.c7_sublines.list_sources'), 'c7_sublines.list_sources');
  for (const [i, item] of recordsAt(ref.wsis, 'wsis.c7_sublines.items').entries()) {
    b.addLink({
      source: actionLineId(str(item.id, `c7_sublines.items[${i}].id`)),
      target: actionLineId('C7'),
      relation: 'belongs-to',
      basis: 'official',
      cites: citeAll(listSources),
      confidence: 'high',
    });
  }
}

/** GitHub URL of a file of the WSIS-SDG Matrix app at the commit the reference read. */
function matrixFileUrl(ref: Reference, file: 'actions.json' | 'sdgs.json'): string {
  const source = rec(at(ref.gap, 'wsis_sdg_matrix.data_source'), 'wsis_sdg_matrix.data_source');
  const repo = str(source.repo, 'data_source.repo');
  const commit = str(source.commit, 'data_source.commit');
  const path = strings(source.files, 'data_source.files')
    .map((f) => f.split(' ')[0] ?? '')
    .find((f) => f.endsWith(`/${file}`));
  if (!path) throw new Error(`gapfill.yaml: matrix file ${file} not listed`);
  return `https://github.com/${repo}/blob/${commit}/${path.replace(`${repo}:`, '')}`;
}

/** Why matrix cells are medium: the reference's reason, shortened. */
const MATRIX_CAVEAT =
  'Medium: read from a 2017 third-party transcription of the matrix made with the WSIS Secretariat, not from the official matrix itself.';

/** SDG number of a matrix target id ("8.2" -> 8, "5" -> 5). */
const sdgOfTarget = (target: string): number => Number(target.split('.')[0]);

/** The note of one matrix cell: which targets the matrix cites, and any dispute between the app's files. */
function matrixNote(sdg: number, targets: readonly string[], disputed: boolean, cell: YamlRecord): string {
  const own = targets.filter((t) => sdgOfTarget(t) === sdg);
  const goalLevel = own.includes(String(sdg));
  const specific = own.filter((t) => t.includes('.'));
  const parts: string[] = [];
  if (specific.length > 0) parts.push(`Matrix cites target${specific.length > 1 ? 's' : ''} ${specific.join(', ')}.`);
  if (goalLevel) parts.push('Matrix links the action line to the goal as a whole.');
  if (own.length === 0) parts.push('No target is cited for this SDG.');
  if (!disputed) parts.push(MATRIX_CAVEAT);
  if (disputed) {
    parts.push('Disputed, hence low: the app’s two data files (actions.json and sdgs.json) disagree on this SDG.');
    if (typeof cell.note === 'string') parts.push(`(${cell.note})`);
  }
  return parts.join(' ');
}

/** Every cell of the WSIS-SDG Matrix: action line (or C7 sub-line) contributes to SDG. */
function addWsisSdgMatrix(b: DatasetBuilder, ref: Reference): void {
  const actions = matrixFileUrl(ref, 'actions.json');
  const sdgsFile = matrixFileUrl(ref, 'sdgs.json');
  const background = str(at(ref.gap, 'wsis_sdg_matrix.official_background.source'), 'matrix background source');
  for (const [i, cell] of recordsAt(ref.gap, 'wsis_sdg_matrix.cells').entries()) {
    const where = `wsis_sdg_matrix.cells[${i}]`;
    const line = actionLineId(str(cell.action_line, `${where}.action_line`));
    const targets = strings(cell.targets, `${where}.targets`);
    const disputed = new Set(strings(cell.sdgs_disputed, `${where}.sdgs_disputed`));
    const all = [...new Set([...strings(cell.sdgs, `${where}.sdgs`), ...disputed])].sort(
      (a, c) => Number(a.slice(3)) - Number(c.slice(3)),
    );
    for (const sdg of all) {
      const n = Number(sdg.replace('SDG', ''));
      const isDisputed = disputed.has(sdg);
      b.addLink({
        source: line,
        target: `sdg-${n}`,
        relation: 'contributes-to',
        basis: 'official',
        cites: [{ url: actions }, ...(isDisputed ? [{ url: sdgsFile }] : []), { url: background }],
        confidence: isDisputed
          ? confidenceOf(cell.disputed_confidence, `${where}.disputed_confidence`)
          : confidenceOf(cell.confidence, `${where}.confidence`),
        note: matrixNote(n, targets, isDisputed, cell),
      });
    }
  }
}

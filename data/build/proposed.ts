/**
 * Proposed links: analyst topic mappings, never official linkages. Two groups:
 * - the reference's own topic inferences (kept as proposed, with the reference's source and confidence);
 * - the analyst table below, which gives every thematic priority, programme, regional initiative, action line
 *   and Question a route up the chain towards a goal where no stated link does.
 * Each analyst link cites the sources of both ends (where the topics come from) plus any extra evidence.
 */
import type { Confidence } from '../../src/model/schema';
import { citeAll, type DatasetBuilder, type Relation } from './builder';
import { edgeFrom, questionKeyId } from './links';
import { actionLineId, STUDY_PERIODS } from './nodes';
import type { Reference } from './reference';
import { confidenceOf, reasonOf, recordsAt, sourcesOf, strings } from './yamlAccess';

/** One analyst mapping: a one-line rationale and a modest confidence. */
export interface AnalystLink {
  source: string;
  target: string;
  relation: Relation;
  confidence: Extract<Confidence, 'low' | 'medium'>;
  note: string;
  /** Further URLs (already in the reference) that the rationale leans on. */
  evidence?: readonly string[];
}

const CYBER_PAGE = 'https://www.itu.int/en/ITU-D/Cybersecurity/Pages/about-cybersecurity.aspx';
const ENV_MANDATE =
  'https://1f8a81b9b0707b63-19211.webchannel-proxy.scarabresearch.com/en/ITU-D/Environment/Pages/Mandate.aspx';
const TRAINING_REPORT = 'https://docsbay.net/development-and-delivery-of-training-courses';
const INNOVATION_PAGE = 'https://www.itu.int/en/ITU-D/Innovation/Pages/Ecosystem-Performance-and-Good-Practices.aspx';
const KIGALI_PRESS = 'https://english.news.cn/africa/20220617/1b05c16548bc412897d5949d39c03205/c.html';
const SP24_THEMES =
  'https://www.stiripesurse.ro/itu-2022-plenipotentiary-conference-adopts-itus-2024-2027-strategic-plan_2608070.html';

/** The analyst mapping, grouped by the kind of the contributing node. */
// prettier-ignore
export const ANALYST_LINKS: readonly AnalystLink[] = [
  // ----- thematic priorities -> programmes, targets, goals
  { source: 'tp-environment', target: 'sp20-target-3-2', relation: 'contributes-to', confidence: 'medium', note: 'E-waste recycling is part of BDT’s environment work; ITU-D’s environment page restates this target.', evidence: [ENV_MANDATE] },
  { source: 'tp-environment', target: 'sp20-target-3-3', relation: 'contributes-to', confidence: 'medium', note: 'Helping countries adopt e-waste laws is part of BDT’s environment work; ITU-D’s environment page restates this target.', evidence: [ENV_MANDATE] },
  { source: 'tp-environment', target: 'kap-p5', relation: 'implements', confidence: 'low', note: 'ITU-D’s environment page ties its work to a "fifth" priority of the plan, most likely this one on ICTs for sustainable development; the sentence is cut off.', evidence: [ENV_MANDATE] },
  { source: 'tp-emergency-telecommunications', target: 'sp20-target-3-5', relation: 'contributes-to', confidence: 'medium', note: 'National emergency telecommunication plans are the main product of BDT’s emergency telecommunication work.' },
  { source: 'tp-emergency-telecommunications', target: 'sp24-goal-1', relation: 'contributes-to', confidence: 'low', note: 'Networks that keep working in disasters are part of universal, secure connectivity.' },
  { source: 'tp-digital-innovation-ecosystems', target: 'sp20-target-4-1', relation: 'contributes-to', confidence: 'medium', note: 'Supporting national innovation policies is this priority’s work; target 4.1 counts countries with such policies.' },
  { source: 'tp-digital-innovation-ecosystems', target: 'kap-p2', relation: 'implements', confidence: 'medium', note: 'In the Kigali cycle innovation ecosystems sit most naturally under digital transformation; WTDC-22 also adopted a resolution on digital innovation ecosystems.', evidence: [KIGALI_PRESS] },
  { source: 'tp-capacity-development', target: 'baap-enabling-environment', relation: 'implements', confidence: 'medium', note: 'BDT reported its ITU Academy capacity-building work as output 3.3 of the Buenos Aires Action Plan (objective numbering inferred, medium).', evidence: [TRAINING_REPORT] },
  { source: 'tp-capacity-development', target: 'sp24-goal-2', relation: 'contributes-to', confidence: 'medium', note: 'Digital skills are a condition for the meaningful, inclusive use that Goal 2 is about.' },
  { source: 'tp-digital-inclusion', target: 'kap-p5', relation: 'implements', confidence: 'medium', note: 'Inclusion is one half of the fifth Kigali priority.' },
  { source: 'tp-digital-inclusion', target: 'baap-inclusive-digital-society', relation: 'implements', confidence: 'medium', note: 'Same subject as the Buenos Aires objective.' },
  { source: 'tp-digital-services-and-applications', target: 'kap-p2', relation: 'implements', confidence: 'medium', note: 'Digital services and applications are the substance of digital transformation.' },
  { source: 'tp-digital-services-and-applications', target: 'baap-inclusive-digital-society', relation: 'implements', confidence: 'low', note: 'Applications serve an inclusive digital society; which Buenos Aires objective held applications is not sourced.' },
  { source: 'tp-network-and-digital-infrastructure', target: 'kap-p1', relation: 'implements', confidence: 'medium', note: 'Building networks is the main route to affordable connectivity.' },
  { source: 'tp-network-and-digital-infrastructure', target: 'baap-modern-infrastructure', relation: 'implements', confidence: 'medium', note: 'Same subject as the Buenos Aires objective.' },
  // ----- programmes -> goals
  { source: 'kap-p1', target: 'sp24-goal-1', relation: 'contributes-to', confidence: 'medium', note: 'Affordable access is at the heart of universal connectivity.' },
  { source: 'kap-p2', target: 'sp24-goal-2', relation: 'contributes-to', confidence: 'medium', note: 'Same aim: a digital transformation that benefits everyone.' },
  { source: 'kap-p3', target: 'sp24-goal-1', relation: 'contributes-to', confidence: 'low', note: 'Sound policy and regulation attract the investment that connectivity needs.' },
  { source: 'kap-p3', target: 'sp24-goal-2', relation: 'contributes-to', confidence: 'low', note: 'Regulation also sets the conditions for inclusive use; regulation for digital inclusion is among the plan’s reported themes.', evidence: [SP24_THEMES] },
  { source: 'kap-p4', target: 'sp24-goal-1', relation: 'contributes-to', confidence: 'low', note: 'Resources and partnerships pay for and coordinate connectivity projects.' },
  { source: 'kap-p4', target: 'sp24-goal-2', relation: 'contributes-to', confidence: 'low', note: 'Resources and partnerships also carry digital-transformation projects.' },
  { source: 'kap-p5', target: 'sp24-goal-1', relation: 'contributes-to', confidence: 'medium', note: 'Goal 1 asks for secure networks and services; the security half of the priority serves it.' },
  { source: 'kap-p5', target: 'sp24-goal-2', relation: 'contributes-to', confidence: 'medium', note: 'Including every group of users is Goal 2’s usage-gap aim.' },
  { source: 'baap-international-cooperation', target: 'sp20-goal-5', relation: 'contributes-to', confidence: 'medium', note: 'Cooperation among members and stakeholders is what Goal 5 (Partnership) is about.' },
  { source: 'baap-modern-infrastructure', target: 'sp20-goal-2', relation: 'contributes-to', confidence: 'medium', note: 'Broadband for everyone (Goal 2) depends on modern infrastructure.' },
  { source: 'baap-modern-infrastructure', target: 'sp20-goal-1', relation: 'contributes-to', confidence: 'low', note: 'Infrastructure also underpins ICT access and use for the digital economy (Goal 1).' },
  { source: 'baap-enabling-environment', target: 'sp20-goal-1', relation: 'contributes-to', confidence: 'medium', note: 'Policy and regulation that let ICT markets grow serve Goal 1 (Growth).' },
  { source: 'baap-enabling-environment', target: 'sp20-goal-4', relation: 'contributes-to', confidence: 'medium', note: 'The objective holds the innovation output 3.4, which serves Goal 4 (Innovation) (objective numbering inferred, medium).', evidence: [INNOVATION_PAGE] },
  { source: 'baap-inclusive-digital-society', target: 'sp20-goal-2', relation: 'contributes-to', confidence: 'medium', note: 'Same aim as Goal 2 (Inclusiveness).' },
  { source: 'baku-action-plan', target: 'sp24-goal-1', relation: 'contributes-to', confidence: 'low', note: 'The Baku plan starts in 2026 while the 2024-2027 plan is still in force; the 2028-2031 goals it will feed are not adopted yet.' },
  { source: 'baku-action-plan', target: 'sp24-goal-2', relation: 'contributes-to', confidence: 'low', note: 'As for Goal 1: the 2024-2027 plan is in force for the Baku plan’s first two years.' },
  // ----- regional initiatives (WTDC-17) -> Buenos Aires objectives
  { source: 'ri-wtdc17-afr1', target: 'baap-enabling-environment', relation: 'implements', confidence: 'low', note: 'Innovation and the digital economy; innovation was output 3.4 of this objective (objective numbering inferred, medium).' },
  { source: 'ri-wtdc17-afr2', target: 'baap-modern-infrastructure', relation: 'implements', confidence: 'medium', note: 'Broadband technologies are infrastructure.' },
  { source: 'ri-wtdc17-afr3', target: 'baap-modern-infrastructure', relation: 'implements', confidence: 'medium', note: 'Trust and security; BDT based its cybersecurity work on this objective.', evidence: [CYBER_PAGE] },
  { source: 'ri-wtdc17-afr4', target: 'baap-enabling-environment', relation: 'implements', confidence: 'low', note: 'Capacity building was output 3.3 of this objective (objective numbering inferred, medium).', evidence: [TRAINING_REPORT] },
  { source: 'ri-wtdc17-afr5', target: 'baap-modern-infrastructure', relation: 'implements', confidence: 'low', note: 'Spectrum monitoring and the switch to digital broadcasting are infrastructure work, with a regulatory side too.' },
  { source: 'ri-wtdc17-ams1', target: 'baap-modern-infrastructure', relation: 'implements', confidence: 'low', note: 'Disaster communications depend on resilient infrastructure; the objective that held emergency telecommunications is not sourced.' },
  { source: 'ri-wtdc17-arb4', target: 'baap-modern-infrastructure', relation: 'implements', confidence: 'low', note: 'IoT, smart-city networks and big-data platforms as new infrastructure.' },
  { source: 'ri-wtdc17-arb5', target: 'baap-enabling-environment', relation: 'implements', confidence: 'medium', note: 'Innovation and entrepreneurship; innovation was output 3.4 of this objective (objective numbering inferred, medium).', evidence: [INNOVATION_PAGE] },
  { source: 'ri-wtdc17-cis1', target: 'baap-inclusive-digital-society', relation: 'implements', confidence: 'low', note: 'E-health for all ages serves an inclusive digital society.' },
  { source: 'ri-wtdc17-cis2', target: 'baap-inclusive-digital-society', relation: 'implements', confidence: 'medium', note: 'Inclusive education, women’s ICT skills and e-government.' },
  { source: 'ri-wtdc17-cis3', target: 'baap-modern-infrastructure', relation: 'implements', confidence: 'medium', note: 'Infrastructure for inclusive, safe and resilient cities.' },
  { source: 'ri-wtdc17-cis4', target: 'sp20-goal-3', relation: 'contributes-to', confidence: 'medium', note: 'Environmental monitoring fits Goal 3 (Sustainability) better than any of the four objectives.' },
  { source: 'ri-wtdc17-cis5', target: 'baap-modern-infrastructure', relation: 'implements', confidence: 'medium', note: 'IoT, 4G/IMT-2020 and next-generation networks.' },
  { source: 'ri-wtdc17-eur1', target: 'baap-modern-infrastructure', relation: 'implements', confidence: 'medium', note: 'Broadband infrastructure, broadcasting and spectrum.' },
  { source: 'ri-wtdc17-eur2', target: 'baap-inclusive-digital-society', relation: 'implements', confidence: 'low', note: 'Citizen-centred e-government services.' },
  { source: 'ri-wtdc17-eur3', target: 'baap-inclusive-digital-society', relation: 'implements', confidence: 'medium', note: 'Accessibility, affordability and skills for digital inclusion.' },
  { source: 'ri-wtdc17-eur4', target: 'baap-modern-infrastructure', relation: 'implements', confidence: 'medium', note: 'Trust and confidence in ICT use; BDT based its cybersecurity work on this objective.', evidence: [CYBER_PAGE] },
  { source: 'ri-wtdc17-eur5', target: 'baap-enabling-environment', relation: 'implements', confidence: 'medium', note: 'ICT-centric innovation ecosystems; innovation was output 3.4 of this objective (objective numbering inferred, medium).', evidence: [INNOVATION_PAGE] },
  // ----- regional initiatives (WTDC-22, WTDC-25) -> Kigali priorities, goals
  { source: 'ri-wtdc22-afr1', target: 'kap-p2', relation: 'implements', confidence: 'medium', note: 'Digital transformation and the digital economy.' },
  { source: 'ri-wtdc22-ams2', target: 'kap-p5', relation: 'implements', confidence: 'medium', note: 'Digital literacy, skills and inclusion of vulnerable groups.' },
  { source: 'ri-wtdc22-ams3', target: 'kap-p2', relation: 'implements', confidence: 'medium', note: 'Digital transformation and innovation ecosystems.' },
  { source: 'ri-wtdc22-ams3', target: 'kap-p4', relation: 'implements', confidence: 'low', note: 'It relies on funded, scalable projects, which is resource mobilization.' },
  { source: 'ri-wtdc22-asp1', target: 'kap-p5', relation: 'implements', confidence: 'low', note: 'Special measures for least developed, small island and landlocked countries are about inclusion.' },
  { source: 'ri-wtdc22-cis1', target: 'kap-p1', relation: 'implements', confidence: 'low', note: 'Infrastructure development for new technologies.' },
  { source: 'ri-wtdc22-cis1', target: 'kap-p2', relation: 'implements', confidence: 'low', note: 'IoT, smart cities, AI and digital health applications.' },
  { source: 'ri-wtdc25-ams1', target: 'sp24-goal-1', relation: 'contributes-to', confidence: 'medium', note: 'Resilient infrastructure for universal, meaningful connectivity; the Baku priorities are not sourced, so the link goes to the goal in force.' },
  { source: 'ri-wtdc25-asp1', target: 'sp24-goal-1', relation: 'contributes-to', confidence: 'low', note: 'Connectivity and resilience support for countries in special need; the Baku priorities are not sourced.' },
  // ----- WSIS action lines -> programmes
  { source: 'wsis-c1', target: 'kap-p3', relation: 'contributes-to', confidence: 'medium', note: 'The role of governments is mainly policy and regulation.' },
  { source: 'wsis-c1', target: 'baap-enabling-environment', relation: 'contributes-to', confidence: 'medium', note: 'The role of governments is mainly policy and regulation.' },
  { source: 'wsis-c2', target: 'kap-p1', relation: 'contributes-to', confidence: 'medium', note: 'Infrastructure is the basis of affordable connectivity.' },
  { source: 'wsis-c2', target: 'baap-modern-infrastructure', relation: 'contributes-to', confidence: 'medium', note: 'Same subject: infrastructure.' },
  { source: 'wsis-c3', target: 'kap-p5', relation: 'contributes-to', confidence: 'low', note: 'Access to information and knowledge is part of inclusion.' },
  { source: 'wsis-c3', target: 'baap-inclusive-digital-society', relation: 'contributes-to', confidence: 'low', note: 'Access to information and knowledge is part of an inclusive digital society.' },
  { source: 'wsis-c4', target: 'kap-p5', relation: 'contributes-to', confidence: 'low', note: 'Digital skills are a condition for inclusion; where capacity building sits in the Kigali plan is not sourced.' },
  { source: 'wsis-c4', target: 'baap-enabling-environment', relation: 'contributes-to', confidence: 'medium', note: 'Capacity building was output 3.3 of this objective (objective numbering inferred, medium).', evidence: [TRAINING_REPORT] },
  { source: 'wsis-c5', target: 'baap-modern-infrastructure', relation: 'contributes-to', confidence: 'medium', note: 'BDT based its cybersecurity (C5) work on this objective.', evidence: [CYBER_PAGE] },
  { source: 'wsis-c6', target: 'kap-p3', relation: 'contributes-to', confidence: 'medium', note: 'Same subject: an enabling policy and regulatory environment.' },
  { source: 'wsis-c6', target: 'baap-enabling-environment', relation: 'contributes-to', confidence: 'medium', note: 'Same subject: an enabling environment.' },
  { source: 'wsis-c7', target: 'kap-p2', relation: 'contributes-to', confidence: 'medium', note: 'ICT applications are what digital transformation is made of.' },
  { source: 'wsis-c7', target: 'baap-inclusive-digital-society', relation: 'contributes-to', confidence: 'low', note: 'Applications serve an inclusive digital society; which objective held applications is not sourced.' },
  { source: 'wsis-c8', target: 'kap-p5', relation: 'contributes-to', confidence: 'low', note: 'Local content and languages make ICT use inclusive.' },
  { source: 'wsis-c8', target: 'baap-inclusive-digital-society', relation: 'contributes-to', confidence: 'low', note: 'Local content and languages make a digital society inclusive.' },
  { source: 'wsis-c9', target: 'kap-p5', relation: 'contributes-to', confidence: 'low', note: 'Media are part of an inclusive information society; ITU is only a partner on this line.' },
  { source: 'wsis-c9', target: 'baap-inclusive-digital-society', relation: 'contributes-to', confidence: 'low', note: 'Media are part of an inclusive information society; ITU is only a partner on this line.' },
  { source: 'wsis-c10', target: 'kap-p5', relation: 'contributes-to', confidence: 'low', note: 'The ethics of the information society bear on inclusive and safe use.' },
  { source: 'wsis-c10', target: 'baap-inclusive-digital-society', relation: 'contributes-to', confidence: 'low', note: 'The ethics of the information society bear on an inclusive digital society.' },
  { source: 'wsis-c11', target: 'kap-p4', relation: 'contributes-to', confidence: 'medium', note: 'Same subject: international and regional cooperation.' },
  { source: 'wsis-c11', target: 'baap-international-cooperation', relation: 'contributes-to', confidence: 'medium', note: 'Same subject: international cooperation.' },
  { source: 'wsis-c7-egov', target: 'kap-p2', relation: 'contributes-to', confidence: 'medium', note: 'E-government is a core part of digital transformation.' },
  { source: 'wsis-c7-ebus', target: 'kap-p2', relation: 'contributes-to', confidence: 'medium', note: 'E-business is a core part of digital transformation.' },
  { source: 'wsis-c7-elearn', target: 'kap-p2', relation: 'contributes-to', confidence: 'medium', note: 'E-learning is a core part of digital transformation.' },
  { source: 'wsis-c7-ehealth', target: 'kap-p2', relation: 'contributes-to', confidence: 'medium', note: 'E-health is a core part of digital transformation.' },
  { source: 'wsis-c7-eemploy', target: 'kap-p2', relation: 'contributes-to', confidence: 'low', note: 'Digital work and skills for employment belong to digital transformation.' },
  { source: 'wsis-c7-eenv', target: 'kap-p5', relation: 'contributes-to', confidence: 'low', note: 'ITU-D’s environment page points to a "fifth" priority, probably this one on ICTs for sustainable development.', evidence: [ENV_MANDATE] },
  { source: 'wsis-c7-eagri', target: 'kap-p2', relation: 'contributes-to', confidence: 'medium', note: 'E-agriculture is a sector application of digital transformation.' },
  { source: 'wsis-c7-escience', target: 'kap-p2', relation: 'contributes-to', confidence: 'low', note: 'E-science is a sector application of digital transformation.' },
  // ----- study Questions 2018-2021 -> action lines, Buenos Aires objectives
  { source: 'q1-1-2018', target: 'baap-modern-infrastructure', relation: 'contributes-to', confidence: 'medium', note: 'Broadband deployment is infrastructure.' },
  { source: 'q2-1-2018', target: 'wsis-c2', relation: 'addresses', confidence: 'medium', note: 'Broadcasting networks and spectrum are infrastructure.' },
  { source: 'q2-1-2018', target: 'baap-modern-infrastructure', relation: 'contributes-to', confidence: 'medium', note: 'Digital broadcasting networks are infrastructure.' },
  { source: 'q3-1-2018', target: 'wsis-c6', relation: 'addresses', confidence: 'medium', note: 'Economic and policy effects of new services are enabling-environment questions.' },
  { source: 'q3-1-2018', target: 'baap-enabling-environment', relation: 'contributes-to', confidence: 'medium', note: 'Policy responses to new services.' },
  { source: 'q4-1-2018', target: 'wsis-c6', relation: 'addresses', confidence: 'medium', note: 'Costing and economic policy are regulatory tools.' },
  { source: 'q4-1-2018', target: 'baap-enabling-environment', relation: 'contributes-to', confidence: 'medium', note: 'Costing and economic policy are regulatory tools.' },
  { source: 'q5-1-2018', target: 'baap-modern-infrastructure', relation: 'contributes-to', confidence: 'medium', note: 'Rural and remote connectivity is infrastructure.' },
  { source: 'q6-1-2018', target: 'wsis-c6', relation: 'addresses', confidence: 'medium', note: 'Consumer protection is part of the regulatory environment.' },
  { source: 'q6-1-2018', target: 'baap-enabling-environment', relation: 'contributes-to', confidence: 'medium', note: 'Consumer protection is part of the regulatory environment.' },
  { source: 'q7-1-2018', target: 'baap-inclusive-digital-society', relation: 'contributes-to', confidence: 'medium', note: 'Accessibility for persons with disabilities is digital inclusion.' },
  { source: 'q1-2-2018', target: 'wsis-c7', relation: 'addresses', confidence: 'medium', note: 'Smart-city services are ICT applications.' },
  { source: 'q2-2-2018', target: 'wsis-c7-ehealth', relation: 'addresses', confidence: 'medium', note: 'Same subject: e-health.' },
  { source: 'q3-2-2018', target: 'baap-modern-infrastructure', relation: 'contributes-to', confidence: 'medium', note: 'BDT based its cybersecurity work on this objective.', evidence: [CYBER_PAGE] },
  { source: 'q4-2-2018', target: 'wsis-c6', relation: 'addresses', confidence: 'low', note: 'Conformance and interoperability regimes are part of a country’s regulatory set-up.' },
  { source: 'q5-2-2018', target: 'baap-modern-infrastructure', relation: 'contributes-to', confidence: 'low', note: 'Disaster communications depend on resilient infrastructure; the objective that held emergency telecommunications is not sourced.' },
  { source: 'q7-2-2018', target: 'wsis-c6', relation: 'addresses', confidence: 'low', note: 'Exposure limits and guidance are regulatory questions.' },
  { source: 'q7-2-2018', target: 'baap-enabling-environment', relation: 'contributes-to', confidence: 'low', note: 'Exposure limits and guidance are regulatory questions.' },
  // ----- study Questions 2022-2025 -> action lines, Kigali priorities
  { source: 'q1-1-2022', target: 'kap-p1', relation: 'contributes-to', confidence: 'medium', note: 'Broadband policy and financing serve affordable connectivity.' },
  { source: 'q1-1-2022', target: 'wsis-c2', relation: 'addresses', confidence: 'medium', note: 'Broadband deployment is infrastructure.' },
  { source: 'q2-1-2022', target: 'wsis-c2', relation: 'addresses', confidence: 'medium', note: 'Broadcasting networks and spectrum are infrastructure.' },
  { source: 'q5-1-2022', target: 'kap-p1', relation: 'contributes-to', confidence: 'medium', note: 'Connecting rural and remote areas is affordable connectivity.' },
  { source: 'q5-1-2022', target: 'wsis-c2', relation: 'addresses', confidence: 'medium', note: 'Rural infrastructure, terrestrial and satellite.' },
  { source: 'q6-1-2022', target: 'kap-p3', relation: 'contributes-to', confidence: 'medium', note: 'Consumer protection is part of policy and regulation.' },
  { source: 'q6-1-2022', target: 'wsis-c6', relation: 'addresses', confidence: 'medium', note: 'Consumer protection is part of the regulatory environment.' },
  { source: 'q7-1-2022', target: 'kap-p5', relation: 'contributes-to', confidence: 'medium', note: 'Accessibility is inclusion of persons with disabilities.' },
  { source: 'q2-2-2022', target: 'kap-p2', relation: 'contributes-to', confidence: 'medium', note: 'Technologies for e-services are the means of digital transformation.' },
  { source: 'q4-2-2022', target: 'kap-p3', relation: 'contributes-to', confidence: 'medium', note: 'Conformance regimes and market surveillance are regulatory tools.' },
  { source: 'q7-2-2022', target: 'kap-p3', relation: 'contributes-to', confidence: 'medium', note: 'Exposure limits, guidance and risk communication are regulatory work.' },
  // ----- study groups
  { source: 'itu-d-sg1-2018', target: 'baap-enabling-environment', relation: 'contributes-to', confidence: 'medium', note: 'The group’s scope title for the period names the enabling environment.' },
  { source: 'itu-d-sg2-2022', target: 'kap-p2', relation: 'contributes-to', confidence: 'medium', note: 'The group’s work in the period is framed as digital transformation.' },
  // ----- resolutions -> programmes, thematic priorities
  { source: 'wtdc-res-1', target: 'kigali-action-plan', relation: 'supports', confidence: 'low', note: 'ITU-D’s rules of procedure frame how the conference adopts its action plan and how the Sector carries it out.' },
  { source: 'wtdc-res-5', target: 'kap-p4', relation: 'supports', confidence: 'low', note: 'Participation of developing countries is a matter of international cooperation.' },
  { source: 'wtdc-res-8', target: 'kap-p3', relation: 'supports', confidence: 'low', note: 'Statistics are the evidence base for policy and regulation.' },
  { source: 'wtdc-res-9', target: 'kap-p3', relation: 'supports', confidence: 'medium', note: 'Spectrum management is regulatory work.' },
  { source: 'wtdc-res-10', target: 'kap-p3', relation: 'supports', confidence: 'low', note: 'National spectrum-management programmes are regulatory work; the resolution is about funding them.' },
  { source: 'wtdc-res-11', target: 'kap-p1', relation: 'supports', confidence: 'medium', note: 'Serving rural and poorly served areas is affordable connectivity.' },
  { source: 'wtdc-res-15', target: 'kap-p2', relation: 'supports', confidence: 'low', note: 'Research and technology transfer feed digital transformation.' },
  { source: 'wtdc-res-16', target: 'kap-p5', relation: 'supports', confidence: 'medium', note: 'Special measures for countries in special need are about inclusion.' },
  { source: 'wtdc-res-17', target: 'buenos-aires-action-plan', relation: 'supports', confidence: 'medium', note: 'It governs how the regional initiatives of an action plan are carried out.' },
  { source: 'wtdc-res-18', target: 'kap-p3', relation: 'supports', confidence: 'low', note: 'Numbering plans are regulatory work; the resolution’s title is not sourced.' },
  { source: 'wtdc-res-37', target: 'baap-inclusive-digital-society', relation: 'supports', confidence: 'medium', note: 'Bridging the digital divide is digital inclusion.' },
  { source: 'wtdc-res-40', target: 'tp-capacity-development', relation: 'supports', confidence: 'medium', note: 'Capacity-building initiatives are this thematic priority’s subject.' },
  { source: 'wtdc-res-73', target: 'tp-capacity-development', relation: 'supports', confidence: 'medium', note: 'ITU Academy training centres deliver capacity development.' },
];

/** Adds the reference's own topic inferences and the analyst table, all as proposed links. */
export function addProposedLinks(b: DatasetBuilder, ref: Reference): void {
  addReferenceInferences(b, ref);
  for (const link of ANALYST_LINKS) {
    b.addLink({
      source: link.source,
      target: link.target,
      relation: link.relation,
      basis: 'proposed',
      cites: [b.primaryCite(link.source), b.primaryCite(link.target), ...citeAll(link.evidence ?? [])],
      confidence: link.confidence,
      note: link.note,
    });
  }
}

const COVERED_PERIODS = new Set<string>(STUDY_PERIODS.map((p) => p.period));

/** Rationale for each kind of topic inference the reference records. */
function inferenceNote(question: string, to: string): string {
  if (to === 'C5')
    return 'A cybersecurity Question and the action line on confidence and security in ICT use; no terms-of-reference sentence names C5.';
  if (to === 'C2') return 'Broadband and rural connectivity match the infrastructure action line.';
  if (to === 'SDG9')
    return 'Connectivity work matches SDG 9 (target 9.c on ICT access), which ITU names as its first SDG contribution.';
  if (to === 'SDG13')
    return 'Climate and e-waste work matches SDG 13 (climate action); no terms-of-reference sentence names it.';
  if (to === 'C7-eenv' && question.startsWith('Q6/2'))
    return 'Climate and e-waste work matches the aims of e-environment; no terms-of-reference sentence names C7.';
  if (to === 'C7-eenv') return 'Disaster communications match e-environment’s aim of ICT-based disaster monitoring.';
  throw new Error(`proposed.ts: no rationale for inference ${question} -> ${to}`);
}

/** Node id of an action line (`C5`, `C7-eenv`) or SDG (`SDG13`) as the reference names it. */
const refTargetId = (to: string): string => (to.startsWith('SDG') ? `sdg-${to.slice(3)}` : actionLineId(to));

function addReferenceInferences(b: DatasetBuilder, ref: Reference): void {
  const edges = recordsAt(ref.wsis, 'edges');
  for (const [i, edge] of edges.entries()) {
    if (edge.type !== 'inferred_thematic') continue;
    const where = `wsis-questions.yaml edges[${i}]`;
    for (const key of strings(edge.from, `${where}.from`)) {
      if (!COVERED_PERIODS.has(key.split('@')[1] ?? '')) continue;
      for (const to of strings(edge.to, `${where}.to`)) {
        b.addLink({
          source: questionKeyId(key),
          target: refTargetId(to),
          relation: to.startsWith('SDG') ? 'contributes-to' : 'addresses',
          basis: 'proposed',
          cites: [b.primaryCite(questionKeyId(key)), ...citeAll(sourcesOf(edge, where))],
          confidence: confidenceOf(edge.confidence, `${where}.confidence`),
          note: inferenceNote(key, to),
        });
      }
    }
  }
  for (const key of ['Q5/1@2022-2025', 'Q2/2@2022-2025']) {
    const edge = edgeFrom(edges, key, 'references', 'wsis-questions.yaml edges');
    for (const to of strings(edge.to, `${key} references.to`).filter((t) => t.startsWith('C7-'))) {
      b.addLink({
        source: questionKeyId(key),
        target: actionLineId(to),
        relation: 'addresses',
        basis: 'proposed',
        cites: citeAll(sourcesOf(edge, `${key} references`)),
        confidence: confidenceOf(edge.confidence, `${key} references.confidence`),
        note: `The terms of reference cite WSIS and list this kind of e-service among the Question’s topics. ${reasonOf(edge) ?? ''}`.trim(),
      });
    }
  }
  const related = recordsAt(ref.gap, 'kigali_action_plan.linkage_edges_found').find(
    (e) => e.from === 'x-D5' && e.to === 'C5',
  );
  if (!related) throw new Error('gapfill.yaml: x-D5 -> C5 edge not found');
  b.addLink({
    source: actionLineId('C5'),
    target: 'kap-p5',
    relation: 'contributes-to',
    basis: 'proposed',
    cites: [b.primaryCite(actionLineId('C5')), ...citeAll(sourcesOf(related, 'x-D5 -> C5'))],
    confidence: confidenceOf(related.confidence, 'x-D5 -> C5.confidence'),
    note: `ITU’s C5 work is its cybersecurity programme, which builds on this priority. ${reasonOf(related) ?? ''}`.trim(),
  });
}

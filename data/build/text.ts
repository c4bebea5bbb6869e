/**
 * Hand-written descriptions, in the dataset authors' own words (never copied from the sources). Titles and
 * codes are not here: they come from the reference files unchanged. Keyed by node id; the generator fails if
 * a node that needs a description has none, and if an entry here matches no node.
 */

/** Descriptions of goals, targets, thematic priorities, programmes, study groups and study Questions. */
export const DESCRIPTIONS: Readonly<Record<string, string>> = {
  // Strategic Plan 2024-2027 (Resolution 71, Rev. Bucharest, 2022)
  'sp24-goal-1':
    'First of the two goals of the ITU Strategic Plan 2024-2027: affordable, good-quality, secure and interoperable telecommunication/ICT networks and services for everyone, everywhere, including interference-free radio use and global standards.',
  'sp24-goal-2':
    'Second goal of the 2024-2027 plan: fair and inclusive use of telecommunications/ICTs so that people and societies gain from them, narrowing the usage gap for groups such as women and girls, young and older people and persons with disabilities.',
  // Strategic Plan 2020-2023 (Resolution 71, Rev. Dubai, 2018; Connect 2030 Agenda)
  'sp20-goal-1':
    'Goal 1 of the Strategic Plan 2020-2023 (Connect 2030 Agenda): wider access to and use of ICTs in support of the digital economy and society, helping developing countries take part.',
  'sp20-goal-2':
    'Goal 2 of the 2020-2023 plan: narrow the digital divide and bring broadband to everyone, marginalized and vulnerable groups included.',
  'sp20-goal-3':
    'Goal 3 of the 2020-2023 plan: deal with the risks and side effects of fast ICT growth. The targets found for it concern e-waste and national emergency telecommunication plans.',
  'sp20-goal-4':
    'Goal 4 of the 2020-2023 plan: encourage telecom/ICT innovation as a driver of the digital transformation of society.',
  'sp20-goal-5':
    'Goal 5 of the 2020-2023 plan: stronger cooperation between ITU members and all other stakeholders in support of every other goal.',

  // Targets (official wording not yet sourced; these are our summaries)
  'sp20-target-2-1':
    'Inclusiveness target: by 2023, 60 per cent of households in the developing world should have Internet access.',
  'sp20-target-3-2': 'Sustainability target: by 2023, the world should recycle 30 per cent of its e-waste.',
  'sp20-target-3-3': 'Sustainability target: by 2023, half of all countries should have laws on e-waste.',
  'sp20-target-3-5':
    'Sustainability target: by 2023, every country should have a national emergency telecommunication plan built into its national and local disaster risk reduction strategies.',
  'sp20-target-4-1':
    'Innovation target: by 2023, every country should have policies or strategies that encourage ICT-centric innovation.',
  'sp20-target-5-1':
    'Partnership target: by 2023, ITU should work more effectively with stakeholders and other organizations.',
  'sp24-target-2-5':
    'Target of the 2024-2027 plan on making telecommunications/ICTs contribute much more to climate and environmental action. Exact wording and any figure are not yet sourced.',

  // BDT thematic priorities
  'tp-environment':
    'BDT thematic priority on ICTs and the environment: climate change, e-waste and the circular economy. TDAG used it as its worked example of a thematic priority.',
  'tp-emergency-telecommunications':
    'BDT thematic priority on telecommunications for disaster preparedness, early warning, response and recovery.',
  'tp-digital-innovation-ecosystems':
    'BDT thematic priority that helps countries build ICT-centric innovation and entrepreneurship ecosystems.',
  'tp-capacity-development':
    'Heading under which BDT reports its skills and training work (for example the ITU Academy); probably one of the ten thematic priorities.',
  'tp-cybersecurity':
    'Heading of BDT’s cybersecurity programme (strategies, incident response, child online protection); probably one of the ten thematic priorities.',
  'tp-digital-inclusion':
    'Heading under which BDT reports its digital inclusion work; probably one of the ten thematic priorities.',
  'tp-digital-services-and-applications':
    'Heading under which BDT reports its work on digital services and ICT applications; probably one of the ten thematic priorities.',
  'tp-network-and-digital-infrastructure':
    'Heading under which BDT reports its network and infrastructure work; probably one of the ten thematic priorities.',
  'tp-unnamed-a':
    'One of BDT’s ten thematic priorities whose name was not found in the sources read. Shown so the gap stays visible.',
  'tp-unnamed-b': 'The other of BDT’s ten thematic priorities whose name was not found in the sources read.',

  // WTDC action plans and their priorities / objectives
  'kigali-action-plan':
    'ITU-D’s action plan adopted at WTDC-22 (Kigali, June 2022), organised for results-based management around five ITU-D priorities with products and services, enablers and linkages; it is meant to feed the Strategic Plan 2024-2027.',
  'kap-p1':
    'Kigali Action Plan priority on making telecom/ICT connectivity affordable (section 4.1). Its outcomes are not yet sourced.',
  'kap-p2': 'Kigali Action Plan priority on digital transformation (section 4.2). Its outcomes are not yet sourced.',
  'kap-p3':
    'Kigali Action Plan priority on policy and regulation that let telecommunications/ICTs develop (section 4.3). Its outcomes are not yet sourced.',
  'kap-p4':
    'Kigali Action Plan priority on raising resources and working with international partners (section 4.4). Its outcomes are not yet sourced.',
  'kap-p5':
    'Kigali Action Plan priority on inclusive and secure ICTs for sustainable development (section 4.5). ITU’s cybersecurity programme says it builds on this priority.',
  'buenos-aires-action-plan':
    'ITU-D’s results-based action plan from WTDC-17 (Buenos Aires, October 2017): four objectives delivered through 17 outputs, together with regional initiatives, resolutions and study Questions.',
  'baap-international-cooperation':
    'Buenos Aires Action Plan objective on international cooperation. Probably objective 1, under which the regional development forums were reported.',
  'baap-modern-infrastructure':
    'Buenos Aires Action Plan objective on modern infrastructure. Probably objective 2, on which BDT’s cybersecurity work was based.',
  'baap-enabling-environment':
    'Buenos Aires Action Plan objective on an enabling environment. Probably objective 3, which held the capacity-building (3.3) and innovation (3.4) outputs.',
  'baap-inclusive-digital-society':
    'Buenos Aires Action Plan objective on an inclusive digital society; objective 4 only by elimination of the other three.',
  'baku-action-plan':
    'ITU-D’s action plan for 2026-2029, adopted at WTDC-25 (Baku, November 2025) together with new regional initiatives. Its ITU-D priorities are not yet sourced.',

  // Study groups
  'itu-d-sg1-2018':
    'ITU-D Study Group 1 in 2018-2021, on the enabling environment for telecom/ICT development; seven Questions; chaired by Regina Fleur Assoumou-Bessou (Côte d’Ivoire).',
  'itu-d-sg2-2018':
    'ITU-D Study Group 2 in 2018-2021; seven Questions; chaired by Ahmad Reza Sharafat (Iran). Its scope title for this period was not read.',
  'itu-d-sg1-2022':
    'ITU-D Study Group 1 in 2022-2025, set up under Resolution 2 (Rev. Kigali, 2022). Its scope title for this period was not read.',
  'itu-d-sg2-2022':
    'ITU-D Study Group 2 in 2022-2025, whose work is framed as digital transformation; chaired by Fadel Digham (Egypt).',
  'itu-t-sg5':
    'ITU-T study group on environment, climate change and the circular economy; the lead ITU group on these topics, with which ITU-D’s environment and EMF Questions work.',
  'itu-r-sg1':
    'ITU-R study group on spectrum management; its working party on EMF measurement is a counterpart of ITU-D’s EMF Question.',
  'itu-r-sg7': 'ITU-R study group on science services, which leads the radio-based side of climate monitoring.',

  // ITU-D study Questions, 2018-2021 (WTDC-17)
  'q1-1-2018':
    'Studied how developing countries can plan, regulate and finance high-speed broadband, comparing deployment and investment models.',
  'q2-1-2018':
    'Looked at moving terrestrial television and radio to digital transmission: frequency planning for analogue switch-off, its costs, and new services.',
  'q3-1-2018':
    'Examined what cloud computing, mobile services and over-the-top applications mean for the economies and policies of developing countries.',
  'q4-1-2018': 'Carried on ITU-D’s study of economic policy and of methods for costing national telecom/ICT services.',
  'q5-1-2018': 'Looked at technologies, funding and policies that bring connectivity to rural and remote communities.',
  'q6-1-2018':
    'Dealt with protecting telecom/ICT consumers: regulation, clear information about offers, and bodies that defend consumer rights.',
  'q7-1-2018':
    'Studied making telecom/ICT services accessible to persons with disabilities and others with specific needs.',
  'q1-2-2018':
    'Studied how ICT applications, the Internet of Things and policy can help developing countries build smart cities and communities.',
  'q2-2-2018': 'Covered the use of ICTs to deliver health care (e-health).',
  'q3-2-2018':
    'Collected good practice on cybersecurity: awareness, national strategies, incident response teams, spam and malware, and trust in networks.',
  'q4-2-2018':
    'Worked on conformance and interoperability testing of ICT equipment and on counterfeit and stolen devices.',
  'q5-2-2018': 'Looked at how telecommunications/ICTs support disaster preparedness, risk reduction and response.',
  'q6-2-2018':
    'Combined ICT work on climate change (monitoring, mitigation, adaptation) with the management of electronic waste, merging two earlier Questions.',
  'q7-2-2018':
    'Addressed policies, guidance and assessment of people’s exposure to radio-frequency electromagnetic fields.',

  // ITU-D study Questions, 2022-2025 (WTDC-22)
  'q1-1-2022':
    'Continues the broadband Question of 2018-2021: policy and regulation, access technologies, financing, infrastructure sharing and lessons from the pandemic.',
  'q2-1-2022':
    'Helps countries complete the switch to digital broadcasting and introduce new broadcast services, building on earlier switchover reports.',
  'q3-1-2022':
    'Studies the use of telecoms/ICTs to predict disasters, warn people, respond and recover (a topic that earlier sat in Study Group 2).',
  'q4-1-2022':
    'One of the 14 Questions of 2022-2025 in Study Group 1; neither its title nor its subject has been sourced yet.',
  'q5-1-2022':
    'Studies terrestrial and non-terrestrial infrastructure and e-services for rural and remote areas of developing countries.',
  'q6-1-2022':
    'Deals with consumer protection in digital markets: dialogue with stakeholders, regulation, transparency, fraud and vulnerable users.',
  'q7-1-2022': 'Studies the accessibility of telecommunications/ICTs and the inclusion of persons with disabilities.',
  'q1-2-2022':
    'One of the 14 Questions of 2022-2025 in Study Group 2; neither its title nor its subject has been sourced yet.',
  'q2-2-2022':
    'Studies technologies such as cloud, mobile services and OTT platforms that make e-services possible: e-health, education, mobile money and e-commerce.',
  'q3-2-2022':
    'Collects cybersecurity good practice: awareness, assurance, national incident response teams, national strategies and 5G security.',
  'q4-2-2022':
    'Covers conformance and interoperability regimes, mutual recognition, market surveillance, and counterfeit and stolen mobile devices.',
  'q5-2-2022':
    'One of the 14 Questions of 2022-2025 in Study Group 2; neither its title nor its subject has been sourced yet.',
  'q6-2-2022':
    'Thought to be the ICTs-and-environment Question of the period, by analogy with 2018-2021; number and subject are not confirmed.',
  'q7-2-2022':
    'Works on strategies, guidance and risk communication about human exposure to radio-frequency fields, including 5G and millimetre-wave systems.',
};

/** One sentence per regional initiative where the reference says more than the title (own words). */
export const INITIATIVE_EXTRAS: Readonly<Record<string, string>> = {
  'ri-wtdc17-ams1': 'The Americas office runs a pilot on ICTs for emergencies (Winlink) under it.',
  'ri-wtdc17-eur1': 'A 2019 ITU regional workshop on broadband mapping in Warsaw was held under it.',
  'ri-wtdc22-afr1':
    'It helps African states with digital-economy strategies, indicators and partnerships, and with removing policy and regulatory barriers.',
  'ri-wtdc22-ams2': 'The Digital Transformation Kit for micro and small businesses is delivered under it.',
  'ri-wtdc22-ams3': 'The Digital Transformation Kit for micro and small businesses is delivered under it.',
  'ri-wtdc25-ams1':
    'It covers modern, resilient and secure infrastructure, including community networks and telecommunications for disasters and early warning.',
  'ri-wtdc25-asp1':
    'Its expected results include helping these countries meet the 2030 Agenda and the Sendai disaster framework, with support on broadband, cybersecurity and disaster management.',
};

/** What each resolution is about, in a short phrase of our own (its official title, where known, is the label). */
export const RESOLUTION_TOPICS: Readonly<Record<string, string>> = {
  'wtdc-res-1': 'how ITU-D conducts its work and conferences',
  'wtdc-res-2': 'the ITU-D study groups and the scope, number and titles of their Questions',
  'wtdc-res-5': 'more active participation of developing countries in ITU work',
  'wtdc-res-8': 'gathering and publishing telecom/ICT statistics',
  'wtdc-res-9': 'involving developing countries in spectrum management',
  'wtdc-res-10': 'funding for national spectrum-management programmes',
  'wtdc-res-11': 'telecom/ICT services for rural, isolated and poorly served areas',
  'wtdc-res-15': 'applied research and technology transfer',
  'wtdc-res-16': 'special measures for least developed, small island, landlocked and transition economies',
  'wtdc-res-17': 'carrying out regional initiatives at national, regional, interregional and global level',
  'wtdc-res-18':
    'the basis cited for ITU numbering-plan work for the State of Palestine under Connect2Recover (title not read)',
  'wtdc-res-37': 'bridging the digital divide',
  'wtdc-res-40': 'the group on capacity-building initiatives',
  'wtdc-res-45': 'cooperation on cybersecurity, including countering spam',
  'wtdc-res-66': 'ICTs, the environment, climate change and the circular economy (title not read)',
  'wtdc-res-67': 'ITU-D’s role in child online protection',
  'wtdc-res-69': 'setting up national computer incident response teams and their cooperation',
  'wtdc-res-73': 'ITU Academy training centres (title not read)',
  'pp-res-130': 'strengthening ITU’s role in confidence and security in the use of ICTs',
  'pp-res-174': 'the risk of illicit use of ICTs as an international public-policy issue',
  'pp-res-179': 'ITU’s role in child online protection',
  'pp-res-182':
    'a subject not read: ITU-D’s environment page cites it, without title or revision, among the mandates of its environment work',
};

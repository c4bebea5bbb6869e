/** The node kinds of the ITU dataset (in map column order) and the planning periods nodes are tagged with. */
import { ITU_KINDS } from '../../src/model/ituKinds';

/** Kinds in the order of the map's columns, from goals on the left to SDGs on the right. */
export const KINDS = ITU_KINDS;

/** Id of one of the dataset's kinds. */
export type KindId = (typeof KINDS)[number]['id'];

/** ITU Strategic Plan cycle adopted at PP-18 (Dubai). */
export const SP_2020 = '2020-2023';
/** ITU Strategic Plan cycle adopted at PP-22 (Bucharest). */
export const SP_2024 = '2024-2027';
/** ITU-D study period set by WTDC-17 (Buenos Aires). */
export const STUDY_2018 = '2018-2021';
/** ITU-D study period set by WTDC-22 (Kigali). */
export const STUDY_2022 = '2022-2025';
/** Period of the Baku Action Plan set by WTDC-25. */
export const BAKU_2026 = '2026-2029';

/** WTDC-17 items: the 2020-2023 strategic cycle they fed, and the ITU-D study period 2018-2021. */
export const WTDC17_PERIODS = [SP_2020, STUDY_2018] as const;
/** WTDC-22 items: the 2024-2027 strategic cycle they feed, and the ITU-D study period 2022-2025. */
export const WTDC22_PERIODS = [SP_2024, STUDY_2022] as const;
/** Standing frameworks in use throughout both cycles (WSIS action lines, SDGs, BDT thematic priorities). */
export const BOTH_CYCLES = [SP_2020, STUDY_2018, SP_2024, STUDY_2022] as const;

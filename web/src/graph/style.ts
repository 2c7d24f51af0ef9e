/**
 * Sizes and colours: node area grows with message volume, edge width with message count, colours
 * come from a palette that stays readable for the common colour-vision deficiencies (Okabe–Ito
 * plus Tableau hues). Only the largest groups get a colour (stable-colors.ts); the rest share a
 * neutral grey, because twenty similar hues tell an analyst nothing.
 */
import type { EntityType } from '../../../contract/constants.js';

export const PALETTE = [
  '#0072b2',
  '#e69f00',
  '#009e73',
  '#cc79a7',
  '#d55e00',
  '#56b4e9',
  '#8c6d31',
  '#7b5ea7',
  '#c4b000',
  '#3b8686',
  '#b2182b',
  '#5d6d7e',
] as const;

export const OTHER_COLOR = '#a7afba';
export const DIMMED_NODE = '#dde1e7';
export const EDGE_COLOR = '#c6ccd6';
export const EDGE_EMPHASIS = '#55657d';
export const PATH_COLOR = '#d62728';

export const ENTITY_COLORS: Record<EntityType, string> = { PER: '#9a4fb3', ORG: '#b8651b', LOC: '#2b8a55' };
export const ENTITY_NAMES: Record<EntityType, string> = {
  PER: 'people mentioned',
  ORG: 'organisations',
  LOC: 'places',
};

/** Document nodes (issue 12): one colour, a stronger one when the document has anomalies. */
export const DOCUMENT_COLOR = '#6b7f99';
export const DOCUMENT_ANOMALY_COLOR = '#c0392b';

const MIN_NODE = 2.5;
const MAX_NODE = 22;

/** Area, not radius, proportional to volume: a 100× correspondent is 10× wider, not 100×. */
export function nodeSize(volume: number, maxVolume: number): number {
  return MIN_NODE + (MAX_NODE - MIN_NODE) * Math.sqrt(Math.max(0, volume) / Math.max(1, maxVolume));
}

export function edgeSize(count: number, maxCount: number): number {
  return 0.6 + 3.4 * Math.sqrt(Math.max(0, count) / Math.max(1, maxCount));
}

export interface LegendEntry {
  key: string;
  label: string;
  color: string;
  count: number;
}

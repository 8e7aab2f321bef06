/**
 * The BK descriptor sections as the API sends them in `details` (an open object in the
 * contract): read defensively, so an older or partial version renders what it has.
 */
export const DESCRIPTOR_KEYS = [
  'knowledge',
  'cognitiveSkills',
  'problemSolvingSkills',
  'motorSkills',
  'environmentContext',
  'actionContext',
] as const;
export type DescriptorKey = (typeof DESCRIPTOR_KEYS)[number];

export const AUTONOMY_KEYS = ['independentIn', 'boundBy', 'reliesOn'] as const;
export type AutonomyKey = (typeof AUTONOMY_KEYS)[number];

export interface BkDetails {
  definition: string | null;
  sectors: string[];
  attestations: string[];
  descriptors: Record<DescriptorKey, string[]>;
  autonomy: Record<AutonomyKey, string[]>;
  responsibility: string[];
}

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

const strings = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string' && item.trim() !== '')
    : [];

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null;

export function readBkDetails(details: Record<string, unknown>): BkDetails {
  const descriptors = record(details.descriptors);
  const autonomy = record(descriptors.autonomy);
  return {
    definition: text(details.definition),
    sectors: strings(details.sectors),
    attestations: strings(details.attestations),
    descriptors: Object.fromEntries(
      DESCRIPTOR_KEYS.map((key) => [key, strings(descriptors[key])]),
    ) as Record<DescriptorKey, string[]>,
    autonomy: Object.fromEntries(
      AUTONOMY_KEYS.map((key) => [key, strings(autonomy[key])]),
    ) as Record<AutonomyKey, string[]>,
    responsibility: strings(descriptors.responsibility),
  };
}

/** The rule limits of one organisation; defaults from the whitepaper, configurable per organisation. */
export interface OrganisationLimits {
  /** Members of a squad, its product owner included. */
  maxSquadMembers: number;
  /** People in a tribe: everyone with a current squad or chapter membership in it. */
  maxTribePeople: number;
  /** Squads one person works in at the same time. */
  maxSquadsPerPerson: number;
  /** Sum of the FTE shares of one person's current squad memberships. */
  maxFtePerPerson: number;
}

export const DEFAULT_LIMITS: Readonly<OrganisationLimits> = Object.freeze({
  maxSquadMembers: 9,
  maxTribePeople: 150,
  maxSquadsPerPerson: 2,
  maxFtePerPerson: 1,
});

/** FTE shares are kept in hundredths: sums of 0.1 + 0.2 must not drift past a limit. */
export function fteHundredths(fte: number): number {
  return Math.round(fte * 100);
}

export function formatFte(hundredths: number): string {
  return (hundredths / 100).toFixed(2).replace(/\.?0+$/, '') || '0';
}

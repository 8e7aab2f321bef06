export { decodeDossierBytes } from './lib/decode';
export { detectFamily, type FamilyDetection } from './lib/detect';
export {
  DossierParseError,
  isDossierParseError,
  type DossierParseErrorCode,
} from './lib/dossier.errors';
export type * from './lib/dossier.types';
export { parseDossier, parseDossierBytes } from './lib/parse';
export { summarizeDossier, type DossierSummary } from './lib/summary';

import { ImportProblemCode, type Locale } from '@tribeworks/contracts';

type Params = Record<string, string | number>;
type Template = Record<Locale, (p: Params) => string>;

const orTribe = (p: Params, nl: boolean) =>
  p.tribe ? (nl ? ` in tribe '${p.tribe}'` : ` in tribe '${p.tribe}'`) : '';

const TEMPLATES: Record<ImportProblemCode, Template> = {
  [ImportProblemCode.HeaderInvalid]: {
    nl: (p) =>
      `De eerste regel moet de kolommen noemen: ${p.expected} (naam en e-mail verplicht; ook Nederlandse namen als naam, e-mail, functie, vanaf)` +
      (p.missing ? `; ontbreekt: ${p.missing}` : '') +
      (p.twice ? `; dubbel: ${p.twice}` : '') +
      `; gevonden: '${p.found}'`,
    en: (p) =>
      `The first line must name the columns: ${p.expected} (name and email required; Dutch names such as naam, e-mail, functie, vanaf also work)` +
      (p.missing ? `; missing: ${p.missing}` : '') +
      (p.twice ? `; twice: ${p.twice}` : '') +
      `; found: '${p.found}'`,
  },
  [ImportProblemCode.NoRows]: {
    nl: () => 'Het bestand heeft alleen een kopregel, geen mensen',
    en: () => 'The file has a header but no people',
  },
  [ImportProblemCode.TooManyRows]: {
    nl: (p) => `Het bestand heeft ${p.rows} regels; het maximum is ${p.max}`,
    en: (p) => `The file has ${p.rows} rows; the maximum is ${p.max}`,
  },
  [ImportProblemCode.UnterminatedQuote]: {
    nl: () => 'Een aanhalingsteken dat op deze regel opent, sluit nergens',
    en: () => 'A quote that opens on this line is never closed',
  },
  [ImportProblemCode.TooManyFields]: {
    nl: (p) => `De regel heeft ${p.fields} velden, de kopregel ${p.columns} kolommen`,
    en: (p) => `The row has ${p.fields} fields, the header ${p.columns} columns`,
  },
  [ImportProblemCode.NameMissing]: {
    nl: () => 'De naam ontbreekt',
    en: () => 'The name is missing',
  },
  [ImportProblemCode.ValueTooLong]: {
    nl: (p) => `Langer dan ${p.max} tekens`,
    en: (p) => `Longer than ${p.max} characters`,
  },
  [ImportProblemCode.EmailInvalid]: {
    nl: (p) => (p.value ? `'${p.value}' is geen e-mailadres` : 'Het e-mailadres ontbreekt'),
    en: (p) =>
      p.value ? `'${p.value}' is not an e-mail address` : 'The e-mail address is missing',
  },
  [ImportProblemCode.EmailDuplicate]: {
    nl: (p) => `E-mailadres ${p.email} staat ook op regel ${p.first}`,
    en: (p) => `E-mail address ${p.email} is also on line ${p.first}`,
  },
  [ImportProblemCode.EmailTaken]: {
    nl: (p) => `Er is al een persoon met e-mailadres ${p.email}`,
    en: (p) => `There is already a person with e-mail address ${p.email}`,
  },
  [ImportProblemCode.TribeUnknown]: {
    nl: (p) => `Onbekende tribe '${p.name}'`,
    en: (p) => `Unknown tribe '${p.name}'`,
  },
  [ImportProblemCode.ChapterUnknown]: {
    nl: (p) => `Onbekend chapter '${p.name}'${orTribe(p, true)}`,
    en: (p) => `Unknown chapter '${p.name}'${orTribe(p, false)}`,
  },
  [ImportProblemCode.ChapterAmbiguous]: {
    nl: (p) => `Er zijn meer chapters '${p.name}'; noem de tribe in de kolom tribe`,
    en: (p) => `There are several chapters named '${p.name}'; name the tribe in the tribe column`,
  },
  [ImportProblemCode.SquadUnknown]: {
    nl: (p) => `Onbekende squad '${p.name}'${orTribe(p, true)}`,
    en: (p) => `Unknown squad '${p.name}'${orTribe(p, false)}`,
  },
  [ImportProblemCode.SquadAmbiguous]: {
    nl: (p) => `Er zijn meer squads '${p.name}'; noem de tribe in de kolom tribe`,
    en: (p) => `There are several squads named '${p.name}'; name the tribe in the tribe column`,
  },
  [ImportProblemCode.SquadRepeated]: {
    nl: (p) => `Squad '${p.name}' staat twee keer op de regel`,
    en: (p) => `Squad '${p.name}' is on the row twice`,
  },
  [ImportProblemCode.FteInvalid]: {
    nl: (p) =>
      `'${p.value}' is geen fte tussen 0 en 1 (bijvoorbeeld 0,8 of 80%, hoogstens twee decimalen)`,
    en: (p) =>
      `'${p.value}' is not an FTE share between 0 and 1 (such as 0.8 or 80%, at most two decimals)`,
  },
  [ImportProblemCode.FteCountMismatch]: {
    nl: (p) =>
      `${p.shares} fte-waarden voor ${p.squads} squads; geef er één per squad, gescheiden door |`,
    en: (p) => `${p.shares} FTE shares for ${p.squads} squads; give one per squad, separated by |`,
  },
  [ImportProblemCode.DateInvalid]: {
    nl: (p) => `'${p.value}' is geen datum (JJJJ-MM-DD of DD-MM-JJJJ)`,
    en: (p) => `'${p.value}' is not a date (YYYY-MM-DD or DD-MM-YYYY)`,
  },
};

export function importMessages(code: string, params: Params = {}): Record<Locale, string> {
  const template = TEMPLATES[code as ImportProblemCode];
  if (!template) return { nl: code, en: code };
  return { nl: template.nl(params), en: template.en(params) };
}

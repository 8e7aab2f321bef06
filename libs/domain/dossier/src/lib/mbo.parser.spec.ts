import { describe, expect, it } from 'vitest';
import { fixture, MBO } from '../../test/variants';
import type { MboCoreTask, MboWorkProcess, ParsedMboDossier } from './dossier.types';
import { parseDossier } from './parse';

function parseMbo(text: string): ParsedMboDossier {
  const result = parseDossier(text);
  if (result.family !== 'mbo') throw new Error(`expected an MBO dossier, got ${result.family}`);
  return result;
}

describe('MBO kwalificatiedossier (Commercie)', () => {
  const dossier = parseMbo(fixture(MBO));
  const task = (code: string): MboCoreTask => {
    const found = dossier.coreTasks.find((t) => t.code === code);
    if (!found) throw new Error(`no ${code}`);
    return found;
  };
  const work = (code: string): MboWorkProcess => {
    const found = dossier.coreTasks.flatMap((t) => t.workProcesses).find((w) => w.code === code);
    if (!found) throw new Error(`no ${code}`);
    return found;
  };

  it('reads the profile table (no EQF value given: null)', () => {
    expect(dossier.profiles.map((p) => [p.code, p.name, p.mboLevel, p.eqfLevel])).toEqual([
      ['P1', 'Commercieel medewerker', 3, null],
      ['P2', 'Consulent commerciële arbeidsbemiddeling', 4, null],
      ['P3', 'E-commerce specialist', 4, null],
      ['P4', 'Junior accountmanager', 4, null],
      ['P5', 'Junior manager groothandel', 4, null],
      ['P6', 'Junior manager internationale handel', 4, null],
    ]);
    expect(dossier.profiles[0].qualificationType).toBe('vakopleiding');
    expect(dossier.profiles[0].professionalRequirements).toBe('Nee');
    expect(dossier.code).toBeNull();
    expect(dossier.title).toBeNull();
  });

  it('finds the 15 core tasks and 77 work processes in overview order', () => {
    expect(dossier.coreTasks.map((t) => [t.code, t.profile, t.workProcesses.length])).toEqual([
      ['B1-K1', null, 5],
      ['B1-K2', null, 3],
      ['P1-K1', 'P1', 7],
      ['P2-K1', 'P2', 5],
      ['P2-K2', 'P2', 4],
      ['P3-K1', 'P3', 5],
      ['P3-K2', 'P3', 4],
      ['P4-K1', 'P4', 5],
      ['P4-K2', 'P4', 6],
      ['P5-K1', 'P5', 4],
      ['P5-K2', 'P5', 6],
      ['P5-K3', 'P5', 7],
      ['P6-K1', 'P6', 6],
      ['P6-K2', 'P6', 4],
      ['P6-K3', 'P6', 6],
    ]);
    const all = dossier.coreTasks.flatMap((t) => t.workProcesses);
    expect(all).toHaveLength(77);
    expect(new Set(all.map((w) => w.title)).size).toBe(56);
    expect(
      all.every((w) =>
        w.code.startsWith(`${dossier.coreTasks.find((t) => t.workProcesses.includes(w))?.code}-W`),
      ),
    ).toBe(true);
  });

  it('counts behaviours and knowledge items per part', () => {
    const byPart = (part: string): MboCoreTask[] =>
      dossier.coreTasks.filter((t) => t.code.startsWith(part));
    const behaviours = (part: string): number =>
      byPart(part).reduce(
        (n, t) => n + t.workProcesses.reduce((m, w) => m + w.behaviours.length, 0),
        0,
      );
    const items = (part: string): number =>
      byPart(part).reduce((n, t) => n + t.knowledgeAndSkills.length, 0);
    expect(['B1', 'P1', 'P2', 'P3', 'P4', 'P5', 'P6'].map(behaviours)).toEqual([
      49, 54, 56, 65, 70, 113, 100,
    ]);
    expect(['B1', 'P1', 'P2', 'P3', 'P4', 'P5', 'P6'].map(items)).toEqual([
      76, 44, 97, 101, 123, 192, 234,
    ]);
    const categories = new Set(
      dossier.coreTasks.flatMap((t) => t.knowledgeAndSkills.map((k) => k.category)),
    );
    expect(categories.size).toBe(19);
    expect(categories.has('(e-)Logistiek')).toBe(true);
    expect(categories.has(null)).toBe(false);
    const competences = new Set(
      dossier.coreTasks.flatMap((t) => t.workProcesses.flatMap((w) => w.competences)),
    );
    expect(competences.size).toBe(23);
  });

  it('reads a work process in full', () => {
    const w = work('B1-K1-W1');
    expect(w.title).toBe('Brengt de marktpositie van de onderneming in kaart');
    expect(
      w.description.startsWith(
        'De beginnend beroepsbeoefenaar stelt zich op de hoogte van de marktpositie',
      ),
    ).toBe(true);
    expect(w.description.endsWith('stelt het beeld van de marktpositie bij.')).toBe(true);
    expect(w.result).toBe(
      "Relevante informatie over de marktpositie van de onderneming is verzameld, geïnterpreteerd en gedeeld. Collega's en een leidinggevende zijn op de hoogte gebracht.",
    );
    expect(w.actor).toBe('De beginnend beroepsbeoefenaar:');
    expect(w.behaviours).toEqual([
      { id: 'B1-K1-W1-G01', text: 'gaat proactief op zoek naar relevante informatie;' },
      { id: 'B1-K1-W1-G02', text: 'gebruikt informatiebronnen doelgericht en efficiënt;' },
      {
        id: 'B1-K1-W1-G03',
        text: 'toetst informatie kritisch op (commerciële) bruikbaarheid, relevantie en juistheid;',
      },
      { id: 'B1-K1-W1-G04', text: 'legt verzamelde informatie zorgvuldig en vindbaar vast;' },
      {
        id: 'B1-K1-W1-G05',
        text: 'toont inzicht in (commerciële) doelen van en werkzaamheden in de onderneming;',
      },
      {
        id: 'B1-K1-W1-G06',
        text: 'legt logische relaties tussen en trekt logische conclusies over de marktpositie van de onderneming.',
      },
    ]);
    expect(w.competences).toEqual([
      'Samenwerken en overleggen',
      'Formuleren en rapporteren',
      'Vakdeskundigheid toepassen',
      'Onderzoeken',
      'Beslissen en activiteiten initiëren',
    ]);
  });

  it('drops running page headers, even in mid-sentence, and joins hyphens', () => {
    const w = work('B1-K2-W2');
    expect(w.description).toContain('voorlichtings-, promotie- en pr-materiaal en feedback geven');
    expect(w.description).toContain(
      'De beginnend beroepsbeoefenaar stemt de voorstellen af met de betrokkenen, zoals een opdrachtgever,',
    );
    expect(work('P2-K1-W4').description).toContain(
      'loopbaanmogelijkheden, bedrijfs- en cao-regelingen',
    );
    const k = task('B1-K1');
    expect(k.knowledgeAndSkills).toHaveLength(36);
    expect(k.knowledgeAndSkills[0]).toEqual({
      category: 'Basiskennis bedrijfskunde',
      text: 'heeft kennis van (online) advies- en verkoopprocessen',
      kind: 'knowledge',
    });
    // L396 is a running header inside the Customer journey category.
    expect(
      k.knowledgeAndSkills.filter((i) => i.category === 'Customer journey').map((i) => i.text),
    ).toEqual([
      'heeft kennis van klantgroepen',
      'heeft kennis van klantcontact- en verkoopkanalen',
      'kan fases van de customer journey uitleggen',
      'kan klantgedrag inschatten',
    ]);
    expect(k.complexity.startsWith('De beginnend beroepsbeoefenaar moet voor het werk')).toBe(true);
    expect(k.responsibility.endsWith('draagt de eindverantwoordelijkheid.')).toBe(true);
  });

  it('joins knowledge items wrapped over blank lines and capitalised continuation lines', () => {
    const items = task('P2-K1').knowledgeAndSkills.map((i) => i.text);
    expect(items).toContain(
      'heeft specialistische kennis van wet- en regelgeving in de flexbranche, waaronder Wet arbeid vreemdelingen, Algemene wet gelijke behandeling, Wet allocatie arbeidskrachten door intermediairs (Waadi), Wet arbeidsvoorwaarden grensoverschrijdende arbeid (waga)',
    );
    expect(items).toContain(
      'heeft specialistische kennis van identificatie en privacy, waaronder Algemene verordening gegevensbescherming (AVG)',
    );
    const p4 = task('P4-K1').knowledgeAndSkills.find((i) =>
      i.text.includes('Customer Relation Management'),
    );
    expect(p4).toEqual({
      category: 'Customer journey',
      text: 'heeft specialistische kennis van de relatie tussen Customer Relation Management (CRM), marketing, verkoop (sales) en service',
      kind: 'knowledge',
    });
  });

  it('recovers the headings missing from the body from the overview tables', () => {
    expect(task('P2-K2').title).toBe('Verricht commerciële, netwerk- en acquisitieactiviteiten');
    expect(task('P5-K2').title).toBe('Coördineert operationele processen en werkzaamheden');
    expect(work('P2-K1-W2').title).toBe('Matcht kandidaten en vacatures');
    expect(work('P2-K1-W4').title).toBe('Informeert en adviseert flexwerkers en opdrachtgevers');
    expect(work('P4-K2-W1').title).toBe('Bereidt een commercieel traject voor');
    expect(work('P2-K1-W2').behaviours).toHaveLength(8);
    expect(
      task('P2-K2').complexity.startsWith('De consulent commerciële arbeidsbemiddeling combineert'),
    ).toBe(true);
    expect(task('P6-K1').title).toBe('Verzorgt en optimaliseert import- en/of exportprocessen');
    expect(work('P6-K3-W6').title).toBe('Voert aftersales uit');
    expect(dossier.warnings.map((w) => w.line)).toEqual([1378, 1438, 1492, 2697, 3182]);
    expect(
      dossier.warnings.every((w) => /missing; recovered from the overview order/.test(w.message)),
    ).toBe(true);
  });

  it('keeps the last work process whole up to the end of the file', () => {
    const w = work('P6-K3-W6');
    expect(w.behaviours).toHaveLength(9);
    expect(w.behaviours[8]).toEqual({
      id: 'P6-K3-W6-G09',
      text: "betrekt actief (meer ervaren)collega's en een leidinggevende om kennis en informatie te delen.",
    });
    expect(w.competences).toEqual([
      'Samenwerken en overleggen',
      'Relaties bouwen en netwerken',
      'Formuleren en rapporteren',
      'Vakdeskundigheid toepassen',
      'Analyseren',
      'Op de behoeften en verwachtingen van de "klant" richten',
      'Instructies en procedures opvolgen',
    ]);
  });
});

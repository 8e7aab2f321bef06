import { describe, expect, it } from 'vitest';
import { BK_PDF, BK_WEB, fixture } from '../../test/variants';
import type { ParsedBkDossier } from './dossier.types';
import { parseDossier } from './parse';

function parseBk(name: string): ParsedBkDossier {
  const result = parseDossier(fixture(name));
  if (result.family !== 'bk') throw new Error(`expected a BK dossier, got ${result.family}`);
  return result;
}

const FRANS =
  'Kennis van Frans: zich redden in de meeste situaties die kunnen optreden op het werk zoals de belangrijkste punten begrijpen uit mondelinge en schriftelijke standaardteksten over vertrouwde zaken die regelmatig voorkomen op het werk en eenvoudige mondelinge en schriftelijke teksten produceren over vertrouwde zaken die regelmatig voorkomen op het werk.';

describe('BK dossier, PDF layout (BK-0571-1 Productmanager)', () => {
  const dossier = parseBk(BK_PDF);

  it('reads the header and section 1', () => {
    expect(dossier.layout).toBe('pdf');
    expect(dossier.code).toBe('BK-0571-1');
    expect(dossier.version).toBe(1);
    expect(dossier.title).toBe('Productmanager');
    expect(dossier.level).toEqual({ vks: null, eqf: null });
    expect(dossier.competentFiches).toEqual([]);
    // "product-" + "marketingstrategie": a hyphen without trailing space joins without a space.
    expect(dossier.definition).toBe(
      'De productmanager beheert de complete levenscyclus van een product/productengamma op technisch, tactisch, logistiek en strategisch gebied teneinde de realisatie van de product-marketingstrategie van de organisatie te garanderen.',
    );
    expect(dossier.sectors).toEqual(['Overige (PC200 Aanvullend PC bedienden)']);
    expect(dossier.actors?.mainSubmitters.map((a) => a.name)).toEqual([
      'COMEOS vzw (Belgische federatie voor de handel en diensten)',
      'Cevora (Cevora vzw - Cefora asbl)',
    ]);
    // The page footer "VR 2022 0605 DOC.0496/45" inside the Cevora block is dropped; its phone stays.
    expect(dossier.actors?.mainSubmitters[1].details).toEqual([
      'Dirk Coenen (dirk.coenen@cevora.be)',
      'Silver Building',
      'Auguste Reyerslaan 70',
      '1030 Brussel (Schaarbeek)',
      '02 740 29 30',
    ]);
    expect(dossier.actors?.coSubmitters).toHaveLength(4);
    expect(dossier.referenceFrameworks?.used).toEqual([
      'Andere: OP-652 - Productmanager, 20 juli 2021',
    ]);
    expect(dossier.attestations).toEqual([
      'Er zijn geen wettelijke attesten of voorwaarden vereist.',
    ]);
    expect(dossier.coherence).toBe('');
  });

  it('finds the 10 competencies with their activity and knowledge counts', () => {
    expect(
      dossier.competencies.map((c) => [c.number, c.activities.length, c.knowledge.length]),
    ).toEqual([
      [1, 11, 14],
      [2, 7, 16],
      [3, 3, 17],
      [4, 8, 27],
      [5, 11, 29],
      [6, 3, 13],
      [7, 15, 23],
      [8, 3, 12],
      [9, 4, 11],
      [10, 8, 12],
    ]);
    const activities = dossier.competencies.flatMap((c) => c.activities.map((a) => a.text));
    const knowledge = dossier.competencies.flatMap((c) => c.knowledge.map((k) => k.text));
    expect(activities).toHaveLength(73);
    expect(new Set(activities).size).toBe(65);
    expect(knowledge).toHaveLength(174);
    expect(new Set(knowledge).size).toBe(46);
  });

  it('joins wrapped titles', () => {
    expect(dossier.competencies[2].title).toBe(
      'Ondersteunt in het bepalen van de doelgroepen en segmentatie in functie van een specifieke product(groep)',
    );
    expect(dossier.competencies[7].title).toBe(
      'Werkt samen met universiteiten en technische centra,… op het gebied van onderzoek en ontwikkeling',
    );
  });

  it('rebuilds items split across page breaks', () => {
    const [c1, c2, , , c5] = dossier.competencies;
    // L138 "Bespreekt het rapport en de" continues at L175-176 after 35 lines of knowledge.
    expect(c1.activities[10]).toEqual({
      text: 'Bespreekt het rapport en de verbetervoorstellen met de marketing manager',
      skillType: 'problem-solving',
    });
    // The Duits item that the activity interrupted is whole again.
    expect(c1.knowledge[6].text).toBe(
      'Kennis van Duits:zich redden in de meeste situaties die kunnen optreden op het werk zoals de belangrijkste punten begrijpen uit mondelinge en schriftelijke standaardteksten over vertrouwde zaken die regelmatig voorkomen op het werk en eenvoudige mondelinge en schriftelijke teksten produceren over vertrouwde zaken die regelmatig voorkomen op het werk.',
    );
    expect(c1.knowledge[4]).toEqual({ text: FRANS, depth: 'normal' });
    // L240 + L261 (source double space collapsed, the missing noun kept as in the source).
    expect(c2.activities[5]).toEqual({
      text: 'Formuleert voorstellen ter verbetering van het o.b.v. de analyseresultaten',
      skillType: 'problem-solving',
    });
    // L553 "regelgeving e-" continues at L572 "commerce" after the page's activities.
    expect(c5.knowledge[6]).toEqual({ text: 'Kennis van regelgeving e-commerce', depth: 'normal' });
    expect(c5.knowledge.map((k) => k.text)).toContain('Kennis van software 3D-modellering');
    expect(c5.activities.map((a) => a.text)).toEqual([
      'Zet de doelstellingen om in concrete projecten/acties',
      'Bepaalt de financiële middelen die nodig zijn project/actie',
      'Bespreekt het actieplan met alle betrokken departementen',
      'Stelt een planning op en past ze aan wijzigende omstandigheden aan',
      'Verdeelt taken en verantwoordelijkheden',
      'Informeert, begeleidt, stuurt en motiveert (nieuwe) medewerkers',
      'Controleert de uitvoering van de opdrachten en het naleven van procedures',
      'Organiseert en leidt teamvergaderingen',
      'Coördineert de uitwerking van het actieplan',
      'Stuurt, indien nodig, de uitwerking van het actieplan bij',
      'Past technieken van co-creatie toe',
    ]);
  });

  it('keeps source order across the interleaved columns of competency 4', () => {
    const c4 = dossier.competencies[3];
    expect(c4.activities.map((a) => a.text)).toEqual([
      'Bespreekt de resultaten van de analyse met de commerciële, juridische, productie/technisch en R&D departementen',
      'Bepaalt de doelstellingen op korte en lange termijn',
      'Bepaalt welke productaanpassingen, -innovaties, stopzettingen nodig zijn',
      'Introduceert nieuwe producten',
      'Stelt verkoopsprognoses op in samenwerking met het commercieel departement',
      'Schat in welke financiële middelen (ontwikkeling, productie, commercialisatie …) nodig zijn op korte en lange termijn',
      'Bepaalt de productstrategie in samenspraak met de marketing manager',
      'Past technieken van co-creatie toe',
    ]);
    expect(c4.knowledge.slice(0, 5).map((k) => k.text)).toEqual([
      'Kennis van intellectueel eigendomsrecht',
      'Kennis van budgetbeheer',
      'Kennis van financieel beheer',
      'Kennis van commerciële distributiekanalen',
      'Kennis van planningstechnieken',
    ]);
    expect(c4.knowledge[26]).toEqual({
      text: 'Grondige kennis van productinnovatie',
      depth: 'thorough',
    });
  });

  it('gives every activity a skill type (ticks, or 2.2 where the tick is missing)', () => {
    const c8 = dossier.competencies[7];
    expect(c8.activities[2]).toEqual({
      text: 'Werkt, indien nodig, samen met onderzoeks- en ontwikkelingscentra',
      skillType: 'cognitive',
    });
    const all = dossier.competencies.flatMap((c) => c.activities);
    // 11 activities carry the problem-solving tick (2 spaces either side): L136, 138, 240, 267, 539,
    // 567, 667, 670, 769, 781, 784.
    expect(all.filter((a) => a.skillType === 'problem-solving')).toHaveLength(11);
    expect(all.filter((a) => a.skillType === null)).toHaveLength(0);
    // L432 has no tick; 2.2 lists it as cognitive.
    expect(dossier.competencies[3].activities[7].skillType).toBe('cognitive');
  });

  it('reads the descriptor lists of 2.2', () => {
    const d = dossier.descriptors;
    expect(d.knowledge).toHaveLength(46);
    expect(d.cognitiveSkills).toHaveLength(56);
    expect(d.problemSolvingSkills).toHaveLength(10);
    expect(d.motorSkills).toEqual([]);
    expect(d.environmentContext).toHaveLength(19);
    expect(d.environmentContext[18]).toBe(
      'Hij/zij houdt steeds rekening met de nationale en/of internationale bedrijfspolicy en -regelgeving',
    );
    expect(d.actionContext).toHaveLength(16);
    expect(d.autonomy.independentIn).toHaveLength(10);
    expect(d.autonomy.boundBy).toHaveLength(6);
    expect(d.autonomy.reliesOn).toEqual([
      'de leidinggevende/de verantwoordelijke voor afstemming van geïnitieerde projecten/acties.',
      'het team/collega’s voor afstemming/afspraken van de uit te voeren projecten/acties.',
      'externe marketingdienstverleners om projecten te realiseren.',
      'de verantwoordelijke indien problemen niet zelf op te lossen zijn',
    ]);
    expect(d.responsibility).toEqual(dossier.competencies.map((c) => c.title));
  });

  it('reports no reconciliation problems on a consistent dossier', () => {
    expect(dossier.warnings).toEqual([]);
  });
});

describe('BK dossier, web layout (BK-0496-1 Externe sales)', () => {
  const dossier = parseBk(BK_WEB);

  it('reads the header and section 1', () => {
    expect(dossier.layout).toBe('web');
    expect(dossier.code).toBe('BK-0496-1');
    expect(dossier.version).toBe(1);
    expect(dossier.title).toBe('Externe sales');
    expect(dossier.competentFiches).toEqual([
      { code: 'D140201', name: 'Handel business-to-business' },
    ]);
    expect(dossier.level).toEqual({ vks: 6, eqf: 6 });
    expect(dossier.recognition).toBe('versie 1, 2020');
    expect(dossier.sectors).toBeNull();
    expect(dossier.actors).toBeNull();
    expect(dossier.referenceFrameworks).toBeNull();
    expect(dossier.attestations).toEqual([
      'Er zijn geen wettelijke attesten of voorwaarden vereist.',
    ]);
  });

  it('finds the 16 competencies with their counts', () => {
    expect(dossier.competencies.map((c) => [c.activities.length, c.knowledge.length])).toEqual([
      [4, 8],
      [6, 6],
      [6, 9],
      [4, 5],
      [5, 6],
      [3, 13],
      [8, 14],
      [6, 17],
      [5, 14],
      [11, 10],
      [10, 10],
      [4, 11],
      [4, 9],
      [5, 8],
      [5, 14],
      [4, 5],
    ]);
    const activities = dossier.competencies.flatMap((c) => c.activities);
    expect(activities).toHaveLength(90);
    expect(dossier.competencies.flatMap((c) => c.knowledge)).toHaveLength(159);
    expect(new Set(dossier.competencies.flatMap((c) => c.knowledge.map((k) => k.text))).size).toBe(
      39,
    );
  });

  it('reads titles, skill types from 2.2 and knowledge depth', () => {
    const [c1, , , c4, c5] = dossier.competencies;
    expect(c1.title).toBe('Werkt oplossingsgericht');
    expect(c1.activities).toEqual([
      {
        text: 'Inventariseert problemen (databanken, eigen administratie,…)',
        skillType: 'problem-solving',
      },
      { text: 'Analyseert de aard van de problemen', skillType: 'problem-solving' },
      { text: 'Werkt een passende oplossing uit voor problemen', skillType: 'problem-solving' },
      { text: 'Zoekt naar oplossingen om problemen te voorkomen', skillType: 'problem-solving' },
    ]);
    expect(c4.knowledge[4]).toEqual({
      text: 'Grondige kennis van (interculturele) communicatietechnieken en theorieën',
      depth: 'thorough',
    });
    // The duplicate within competency 5 is kept.
    expect(
      c5.knowledge.map((k) => k.text).filter((t) => t === 'Kennis van agendabeheer'),
    ).toHaveLength(2);
    expect(dossier.competencies[1].activities[5]).toEqual({
      text: "Deelt kennis met collega's",
      skillType: 'cognitive',
    });
  });

  it('reads the descriptor lists, with the duplicates of the Kennis list', () => {
    const d = dossier.descriptors;
    expect(d.knowledge).toHaveLength(44);
    expect(new Set(d.knowledge).size).toBe(39);
    expect(d.cognitiveSkills).toHaveLength(79);
    expect(d.problemSolvingSkills).toHaveLength(11);
    expect(d.motorSkills).toEqual([]);
    expect(d.autonomy.independentIn).toHaveLength(16);
    expect(d.autonomy.boundBy).toHaveLength(6);
    expect(d.autonomy.reliesOn).toHaveLength(2);
    expect(d.responsibility).toEqual(dossier.competencies.map((c) => c.title));
    expect(dossier.warnings).toEqual([]);
  });
});

/**
 * Generates a realistic organisation: `npm run generate:org -- --people 10000 [--database-url …] [--reset]`.
 *
 * A hybrid bank: about 81% of the people work in agile tribes (≈135 per tribe, 18–19 squads
 * and 6–7 chapters each), the rest in a traditional department tree; guilds across tribes;
 * a year of history (people who moved squad and chapter on 2024-06-01). Every rule holds:
 * squad ≤ 9 incl. the product owner, tribe ≤ 150, ≤ 2 squads and FTE ≤ 1 per person, one
 * chapter each, product owners are members; the checks at the end prove it with SQL.
 *
 * The database must be migrated (`node apps/api/dist/cli.js migrate`). It refuses to run
 * against a database that already has people, unless `--reset` (which empties the
 * organisation tables; user accounts stay). Rows go in with multi-row INSERTs (unnest of
 * arrays, 5,000 rows a statement) in one transaction.
 */
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';

interface Options {
  people: number;
  databaseUrl: string;
  reset: boolean;
}

function options(argv: string[]): Options {
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const people = Number(value('--people') ?? 10_000);
  if (!Number.isInteger(people) || people < 200 || people > 200_000) {
    throw new Error('--people must be a whole number from 200 to 200000');
  }
  return {
    people,
    databaseUrl:
      value('--database-url') ??
      process.env.DATABASE_URL ??
      'postgres://postgres@127.0.0.1:5432/tribeworks',
    reset: argv.includes('--reset'),
  };
}

// Deterministic randomness: the same --people gives the same organisation shape.
let seed = 20251123;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;

const FIRST = [
  'Anna',
  'Bas',
  'Chantal',
  'Daan',
  'Emma',
  'Finn',
  'Hélène',
  'Iris',
  'Jeroen',
  'Kees',
  'Lotte',
  'Milan',
  'Noah',
  'Olga',
  'Pieter',
  'Roos',
  'Sem',
  'Tess',
  'Umar',
  'Vera',
  'Wim',
  'Yara',
  'Zoë',
  'Fatima',
  'Mohammed',
  'Sanne',
  'Thijs',
  'Lieke',
  'Ruben',
  'Julia',
];
const LAST = [
  'de Vries',
  'Jansen',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'de Groot',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'van Dijk',
  'Dekker',
  'Brouwer',
  'Dubois',
  'Yılmaz',
  'El Amrani',
  'Koster',
  'Willems',
  'van Leeuwen',
  'Kok',
  'Maas',
  'Post',
];
const DOMAINS = [
  'Hypotheken',
  'Betalen',
  'Sparen',
  'Beleggen',
  'Kredieten',
  'Verzekeren',
  'Pensioen',
  'Zakelijk',
  'Onboarding',
  'Klantcontact',
  'Fraude',
  'Data',
  'Platform',
  'Mobiel',
  'Web',
  'Risico',
  'Compliance',
  'Rapportage',
  'Prijzen',
  'Marketing',
];
const FEATURES = [
  'app',
  'web',
  'advies',
  'aanvraag',
  'beheer',
  'inzicht',
  'notificaties',
  'identiteit',
  'limieten',
  'acceptatie',
  'betaalverzoek',
  'overboeken',
  'afsluiten',
  'wijzigen',
  'opzeggen',
  'rente',
  'documenten',
  'chat',
  'zoeken',
  'integratie',
];
const SPECIALISMS = [
  'Ontwikkeling',
  'Test',
  'Data Analytics',
  'Producten',
  'Communicatie',
  'UX',
  'Architectuur',
];
const TITLES: Record<string, string[]> = {
  Ontwikkeling: ['Software engineer', 'Senior software engineer', 'Mobile engineer'],
  Test: ['Test engineer', 'Test automation engineer'],
  'Data Analytics': ['Data-analist', 'Data scientist', 'Data engineer'],
  Producten: ['Product owner', 'Customer journey expert', 'Productspecialist'],
  Communicatie: ['Communicatieadviseur', 'Contentspecialist'],
  UX: ['UX-ontwerper', 'UX-onderzoeker'],
  Architectuur: ['Solution architect', 'Enterprise architect'],
};

const PAST = '2023-01-01';
const MOVE = '2024-06-01';
const SINCE = '2022-01-01';

interface Membership {
  personId: string;
  kind: 'squad' | 'chapter' | 'guild' | 'department';
  tribeId: string | null;
  unitId: string;
  from: string;
  until: string | null;
  fte: number | null;
}

async function insert(
  db: Client,
  table: string,
  columns: [name: string, type: string][],
  rows: unknown[][],
): Promise<void> {
  for (let start = 0; start < rows.length; start += 5000) {
    const chunk = rows.slice(start, start + 5000);
    const names = columns.map(([n]) => `"${n}"`).join(', ');
    const arrays = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
    await db.query(
      `INSERT INTO "${table}" (${names}, version) SELECT *, 1 FROM unnest(${arrays})`,
      columns.map((_, i) => chunk.map((row) => row[i])),
    );
  }
}

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  const started = performance.now();
  const db = new Client({ connectionString: opts.databaseUrl });
  await db.connect();
  try {
    const [{ n }] = (await db.query<{ n: string }>('SELECT count(*) AS n FROM person')).rows as [
      { n: string },
    ];
    if (Number(n) > 0 && !opts.reset) {
      throw new Error(
        `The database already has ${n} people; run with --reset to replace the organisation data (user accounts stay)`,
      );
    }
    await db.query('BEGIN');
    if (opts.reset) {
      await db.query(
        'TRUNCATE organisation_import, membership, department, guild, chapter, squad, tribe, person, organisation CASCADE',
      );
    }
    const counts = await generate(db, opts.people);
    await db.query('COMMIT');
    await db.query('ANALYZE');
    const seconds = (performance.now() - started) / 1000;
    console.log(`Generated in ${seconds.toFixed(1)} s:`);
    for (const [what, count] of Object.entries(counts))
      console.log(`  ${what.padEnd(24)} ${count}`);
    const ok = await verify(db);
    console.log(`Total ${((performance.now() - started) / 1000).toFixed(1)} s`);
    if (!ok) process.exitCode = 1;
  } catch (error) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await db.end();
  }
}

async function generate(db: Client, total: number): Promise<Record<string, number>> {
  const orgId = randomUUID();
  await db.query(
    `INSERT INTO organisation (id, name, kind, version) VALUES ($1, 'Gegenereerde Bank', 'hybrid', 1)`,
    [orgId],
  );
  const tribeCount = Math.max(1, Math.round(total / 167));
  const perTribe = 135;
  const squadTotal = Math.round(tribeCount * 18.33);
  const chapterTotal = Math.round(tribeCount * 6.67);

  const people: unknown[][] = [];
  const newPerson = (title: string) => {
    const id = randomUUID();
    const first = pick(FIRST);
    const last = pick(LAST);
    const n = people.length + 1;
    const email = `${first}.${last}.${n}@bank.example`
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/ı/g, 'i')
      .replace(/\s+/g, '')
      .toLowerCase();
    people.push([id, orgId, `${first} ${last}`, email, title]);
    return id;
  };
  const tribes: unknown[][] = [];
  const squads: unknown[][] = [];
  const chapters: unknown[][] = [];
  const memberships: Membership[] = [];

  for (let t = 0; t < tribeCount; t++) {
    const tribeId = randomUUID();
    const domain = DOMAINS[t % DOMAINS.length]!;
    const tribeName =
      t < DOMAINS.length ? domain : `${domain} ${Math.floor(t / DOMAINS.length) + 1}`;
    const squadN = Math.floor(squadTotal / tribeCount) + (t < squadTotal % tribeCount ? 1 : 0);
    const chapterN =
      Math.floor(chapterTotal / tribeCount) + (t < chapterTotal % tribeCount ? 1 : 0);
    const chapterIds = Array.from({ length: chapterN }, () => randomUUID());
    const chapterNames = chapterIds.map((_, c) =>
      c < SPECIALISMS.length ? SPECIALISMS[c]! : `${SPECIALISMS[c % SPECIALISMS.length]} ${c}`,
    );
    const squadIds = Array.from({ length: squadN }, () => randomUUID());
    const seats = new Map<string, string[]>(squadIds.map((s) => [s, []]));

    // The tribe's people, each with one chapter (their line).
    const lead = newPerson(`Tribe lead ${tribeName}`);
    const coachN = Math.ceil(squadN / 4);
    const coaches = Array.from({ length: coachN }, () => newPerson('Agile coach'));
    const workers: { id: string; chapter: number }[] = [];
    for (let i = 0; i < perTribe - 1 - coachN; i++) {
      const chapter = i % chapterN;
      const spec = chapterNames[chapter]!.replace(/ \d+$/, '');
      workers.push({ id: newPerson(pick(TITLES[spec] ?? ['Specialist'])), chapter });
    }
    const line = [lead, ...coaches].map((id, i) => ({ id, chapter: i % chapterN }));
    for (const p of [...line, ...workers]) {
      memberships.push({
        personId: p.id,
        kind: 'chapter',
        tribeId,
        unitId: chapterIds[p.chapter]!,
        from: MOVE,
        until: null,
        fte: null,
      });
    }

    // Squads: each worker in one squad (round robin), about one in seven in a second one.
    workers.forEach((w, i) => {
      const first = squadIds[i % squadN]!;
      const second = squadIds[(i + 7) % squadN]!;
      const two = random() < 0.15 && second !== first && seats.get(second)!.length < 8;
      const fte = two ? 0.5 : random() < 0.2 ? 0.8 : 1;
      if (seats.get(first)!.length >= 9) return;
      seats.get(first)!.push(w.id);
      memberships.push({
        personId: w.id,
        kind: 'squad',
        tribeId,
        unitId: first,
        from: MOVE,
        until: null,
        fte,
      });
      if (two) {
        seats.get(second)!.push(w.id);
        memberships.push({
          personId: w.id,
          kind: 'squad',
          tribeId,
          unitId: second,
          from: MOVE,
          until: null,
          fte: 0.5,
        });
      }
    });
    // History: one in five workers was in another squad and chapter of the tribe until the move.
    workers.forEach((w, i) => {
      if (i % 5 !== 0) return;
      memberships.push({
        personId: w.id,
        kind: 'squad',
        tribeId,
        unitId: squadIds[(i + 1) % squadN]!,
        from: PAST,
        until: MOVE,
        fte: 1,
      });
      memberships.push({
        personId: w.id,
        kind: 'chapter',
        tribeId,
        unitId: chapterIds[(w.chapter + 1) % chapterN]!,
        from: PAST,
        until: MOVE,
        fte: null,
      });
    });

    tribes.push([
      tribeId,
      orgId,
      tribeName,
      `Alles rond ${domain.toLowerCase()}`,
      t % 3 === 0 ? 'run' : 'change',
      lead,
    ]);
    squadIds.forEach((id, s) => {
      const name =
        s < FEATURES.length
          ? `${domain.toLowerCase()}-${FEATURES[s]}`
          : `${domain.toLowerCase()}-${FEATURES[s % FEATURES.length]}-${s}`;
      const members = seats.get(id)!;
      squads.push([
        id,
        tribeId,
        name,
        `Klanten regelen ${FEATURES[s % FEATURES.length]} zelf`,
        members[0] ?? null,
        coaches[s % coachN]!,
      ]);
    });
    chapterIds.forEach((id, c) => {
      const leadOf = workers.find((w) => w.chapter === c)?.id ?? null;
      chapters.push([id, tribeId, chapterNames[c], chapterNames[c], leadOf]);
    });
  }

  // The traditional part: a department tree for everyone else.
  const departments: unknown[][] = [];
  const rest = total - people.length;
  const rootId = randomUUID();
  const rootManager = newPerson('Algemeen directeur');
  departments.push([rootId, orgId, null, 'Directie', rootManager]);
  memberships.push({
    personId: rootManager,
    kind: 'department',
    tribeId: null,
    unitId: rootId,
    from: SINCE,
    until: null,
    fte: null,
  });
  const deptN = Math.max(1, Math.round(rest / 45));
  const deptIds: string[] = [];
  for (let d = 0; d < deptN; d++) {
    const id = randomUUID();
    const parent = d < 8 ? rootId : deptIds[d % 8]!;
    const manager = newPerson('Afdelingsmanager');
    departments.push([
      id,
      orgId,
      parent,
      `${pick(['Productmanagement', 'Operations', 'Finance', 'HR', 'IT-beheer', 'Juridisch', 'Inkoop'])} ${d + 1}`,
      manager,
    ]);
    memberships.push({
      personId: manager,
      kind: 'department',
      tribeId: null,
      unitId: id,
      from: SINCE,
      until: null,
      fte: null,
    });
    deptIds.push(id);
  }
  while (people.length < total) {
    const id = newPerson(
      pick(['Productmanager', 'Medewerker operations', 'Controller', 'HR-adviseur', 'Jurist']),
    );
    memberships.push({
      personId: id,
      kind: 'department',
      tribeId: null,
      unitId: deptIds[people.length % deptN]!,
      from: SINCE,
      until: null,
      fte: null,
    });
  }

  // Guilds across tribes: about a third of the tribe people in one.
  const guilds: unknown[][] = Array.from({ length: 25 }, (_, g) => [
    randomUUID(),
    orgId,
    `Gilde ${FEATURES[g % FEATURES.length]} ${g + 1}`,
    'Kennis delen over de tribes heen',
  ]);
  for (const m of memberships.filter((x) => x.kind === 'chapter' && x.until === null)) {
    if (random() < 0.33)
      memberships.push({
        personId: m.personId,
        kind: 'guild',
        tribeId: null,
        unitId: pick(guilds)[0] as string,
        from: MOVE,
        until: null,
        fte: null,
      });
  }

  await insert(
    db,
    'person',
    [
      ['id', 'uuid'],
      ['organisation_id', 'uuid'],
      ['name', 'text'],
      ['email', 'text'],
      ['job_title', 'text'],
    ],
    people,
  );
  await insert(
    db,
    'tribe',
    [
      ['id', 'uuid'],
      ['organisation_id', 'uuid'],
      ['name', 'text'],
      ['purpose', 'text'],
      ['kind', 'text'],
      ['lead_person_id', 'uuid'],
    ],
    tribes,
  );
  await insert(
    db,
    'squad',
    [
      ['id', 'uuid'],
      ['tribe_id', 'uuid'],
      ['name', 'text'],
      ['mission', 'text'],
      ['product_owner_id', 'uuid'],
      ['agile_coach_id', 'uuid'],
    ],
    squads,
  );
  await insert(
    db,
    'chapter',
    [
      ['id', 'uuid'],
      ['tribe_id', 'uuid'],
      ['name', 'text'],
      ['specialism', 'text'],
      ['lead_person_id', 'uuid'],
    ],
    chapters,
  );
  await insert(
    db,
    'guild',
    [
      ['id', 'uuid'],
      ['organisation_id', 'uuid'],
      ['name', 'text'],
      ['topic', 'text'],
    ],
    guilds,
  );
  await insert(
    db,
    'department',
    [
      ['id', 'uuid'],
      ['organisation_id', 'uuid'],
      ['parent_id', 'uuid'],
      ['name', 'text'],
      ['manager_person_id', 'uuid'],
    ],
    departments,
  );
  const col = (kind: Membership['kind']) => (m: Membership) => (m.kind === kind ? m.unitId : null);
  await insert(
    db,
    'membership',
    [
      ['id', 'uuid'],
      ['person_id', 'uuid'],
      ['kind', 'text'],
      ['tribe_id', 'uuid'],
      ['squad_id', 'uuid'],
      ['chapter_id', 'uuid'],
      ['guild_id', 'uuid'],
      ['department_id', 'uuid'],
      ['valid_from', 'date'],
      ['valid_until', 'date'],
      ['fte', 'numeric'],
    ],
    memberships.map((m) => [
      randomUUID(),
      m.personId,
      m.kind,
      m.tribeId,
      col('squad')(m),
      col('chapter')(m),
      col('guild')(m),
      col('department')(m),
      m.from,
      m.until,
      m.fte,
    ]),
  );
  return {
    people: people.length,
    tribes: tribes.length,
    squads: squads.length,
    chapters: chapters.length,
    guilds: guilds.length,
    departments: departments.length,
    memberships: memberships.length,
    'memberships (history)': memberships.filter((m) => m.until !== null).length,
  };
}

/** The rules, checked with SQL over the whole database: every count must be 0. */
async function verify(db: Client): Promise<boolean> {
  const current = (alias: string) =>
    `${alias}.valid_from <= CURRENT_DATE AND (${alias}.valid_until IS NULL OR ${alias}.valid_until > CURRENT_DATE)`;
  const checks: [string, string][] = [
    [
      'squads over their member limit',
      `SELECT count(*) FROM (SELECT m.squad_id FROM membership m JOIN squad s ON s.id = m.squad_id JOIN tribe t ON t.id = s.tribe_id JOIN organisation o ON o.id = t.organisation_id WHERE ${current('m')} GROUP BY m.squad_id, o.max_squad_members HAVING count(*) > o.max_squad_members) x`,
    ],
    [
      'tribes over their people limit',
      `SELECT count(*) FROM (SELECT m.tribe_id FROM membership m JOIN tribe t ON t.id = m.tribe_id JOIN organisation o ON o.id = t.organisation_id WHERE ${current('m')} GROUP BY m.tribe_id, o.max_tribe_people HAVING count(DISTINCT m.person_id) > o.max_tribe_people) x`,
    ],
    [
      'people in more than 2 squads',
      `SELECT count(*) FROM (SELECT person_id FROM membership m WHERE kind = 'squad' AND ${current('m')} GROUP BY person_id HAVING count(*) > 2) x`,
    ],
    [
      'people over 1 FTE in squads',
      `SELECT count(*) FROM (SELECT person_id FROM membership m WHERE kind = 'squad' AND ${current('m')} GROUP BY person_id HAVING sum(fte) > 1) x`,
    ],
    [
      'people in more than one chapter',
      `SELECT count(*) FROM (SELECT person_id FROM membership m WHERE kind = 'chapter' AND ${current('m')} GROUP BY person_id HAVING count(*) > 1) x`,
    ],
    [
      'squad members without a chapter',
      `SELECT count(DISTINCT m.person_id) FROM membership m WHERE kind = 'squad' AND ${current('m')} AND NOT EXISTS (SELECT 1 FROM membership c WHERE c.person_id = m.person_id AND c.kind = 'chapter' AND ${current('c')})`,
    ],
    [
      'product owners who are not members',
      `SELECT count(*) FROM squad s WHERE s.product_owner_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM membership m WHERE m.squad_id = s.id AND m.person_id = s.product_owner_id AND ${current('m')})`,
    ],
    [
      'squads over the limit on 2023-06-01 (history)',
      `SELECT count(*) FROM (SELECT squad_id FROM membership WHERE squad_id IS NOT NULL AND valid_from <= '2023-06-01' AND (valid_until IS NULL OR valid_until > '2023-06-01') GROUP BY squad_id HAVING count(*) > 9) x`,
    ],
  ];
  console.log('Rule checks (violations, must be 0):');
  let ok = true;
  for (const [name, sql] of checks) {
    const n = Number(((await db.query<{ count: string }>(sql)).rows[0] as { count: string }).count);
    if (n !== 0) ok = false;
    console.log(`  ${n === 0 ? 'ok  ' : 'FAIL'} ${name.padEnd(46)} ${n}`);
  }
  return ok;
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});

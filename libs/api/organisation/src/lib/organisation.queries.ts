import type { PreparedRead } from '@tribeworks/api-core';

/**
 * SQL of the read models, kept free of framework code so that tools/bench-org.ts can time
 * exactly the queries the services run. The hot ones are PreparedReads: named statements,
 * parsed and planned once per connection.
 */

/** The tribe matrix, query 1: the tribe, its squads and chapters with their leads ($1 tribe). */
export const MATRIX_UNITS: PreparedRead = {
  name: 'matrix_units_v1',
  text: `SELECT 'tribe' AS type, t.id, t.name, t.purpose AS text, t.kind, t.lead_person_id AS "leadId", l.name AS "leadName",
              NULL::uuid AS "coachId", NULL AS "coachName", o.max_squad_members AS "squadLimit", o.max_tribe_people AS "tribeLimit"
         FROM tribe t JOIN organisation o ON o.id = t.organisation_id LEFT JOIN person l ON l.id = t.lead_person_id
        WHERE t.id = $1
       UNION ALL
       SELECT 'squad', s.id, s.name, s.mission, NULL, s.product_owner_id, po.name, s.agile_coach_id, ac.name, 0, 0
         FROM squad s LEFT JOIN person po ON po.id = s.product_owner_id LEFT JOIN person ac ON ac.id = s.agile_coach_id
        WHERE s.tribe_id = $1
       UNION ALL
       SELECT 'chapter', c.id, c.name, c.specialism, NULL, c.lead_person_id, cl.name, NULL, NULL, 0, 0
         FROM chapter c LEFT JOIN person cl ON cl.id = c.lead_person_id
        WHERE c.tribe_id = $1`,
};

/**
 * The tribe matrix, query 2: the tribe's squad and chapter memberships on a day ($1 tribe,
 * $2 date). The names come from a LATERAL lookup per membership: a plain join made the
 * planner hash all people of the organisation (a sequential scan of 10,000 rows for ~300
 * memberships, 2.2 ms); `OFFSET 0` keeps the subquery from being flattened back into that
 * join, so each person is one index probe (memoized: 0.9 ms).
 */
export const MATRIX_MEMBERS: PreparedRead = {
  name: 'matrix_members_v1',
  text: `SELECT m.person_id AS "personId", p.name, p.job_title AS "jobTitle", m.kind, m.squad_id AS "squadId",
              m.chapter_id AS "chapterId", m.fte::float8 AS fte
         FROM membership m
        CROSS JOIN LATERAL (SELECT p.name, p.job_title FROM person p WHERE p.id = m.person_id OFFSET 0) p
        WHERE m.tribe_id = $1 AND m.valid_from <= $2::date AND (m.valid_until IS NULL OR m.valid_until > $2::date)`,
};

/** A person's page, query 1: the person ($1 person). */
export const PERSON: PreparedRead = {
  name: 'person_v1',
  text: `SELECT id, organisation_id AS "organisationId", name, email, job_title AS "jobTitle",
                user_id AS "userId", version
           FROM person WHERE id = $1`,
};

/** One membership row as the API shows it (dates as text, never through the driver's Date). */
export const MEMBERSHIP_SELECT = `
  SELECT m.id, m.person_id AS "personId", p.name AS "personName", m.kind,
         COALESCE(m.squad_id, m.chapter_id, m.guild_id, m.department_id) AS "unitId",
         COALESCE(s.name, c.name, g.name, d.name) AS "unitName",
         m.tribe_id AS "tribeId", m.valid_from::text AS "from", m.valid_until::text AS "until",
         m.fte::float8 AS fte, m.version
    FROM membership m
    JOIN person p ON p.id = m.person_id
    LEFT JOIN squad s ON s.id = m.squad_id
    LEFT JOIN chapter c ON c.id = m.chapter_id
    LEFT JOIN guild g ON g.id = m.guild_id
    LEFT JOIN department d ON d.id = m.department_id`;

/** A person's page, query 2: every membership, newest first ($1 person). */
export const PERSON_HISTORY: PreparedRead = {
  name: 'person_history_v1',
  text: `${MEMBERSHIP_SELECT} WHERE m.person_id = $1 ORDER BY m.valid_from DESC, m.kind, m.id`,
};

/** A person's page, query 3: the units they lead ($1 person). */
export const PERSON_ROLES: PreparedRead = {
  name: 'person_roles_v1',
  text: `SELECT 'tribe_lead' AS role, 'tribe' AS "unitType", id AS "unitId", name AS "unitName" FROM tribe WHERE lead_person_id = $1
       UNION ALL SELECT 'product_owner', 'squad', id, name FROM squad WHERE product_owner_id = $1
       UNION ALL SELECT 'agile_coach', 'squad', id, name FROM squad WHERE agile_coach_id = $1
       UNION ALL SELECT 'chapter_lead', 'chapter', id, name FROM chapter WHERE lead_person_id = $1
       UNION ALL SELECT 'department_manager', 'department', id, name FROM department WHERE manager_person_id = $1
       ORDER BY 1, 4`,
};

/** A person's page, query 4: their chapters with tribes, for the derived manager ($1 chapter ids). */
export const MANAGER_CHAPTERS: PreparedRead = {
  name: 'manager_chapters_v1',
  text: `SELECT c.id, c.name, c.lead_person_id AS "leadId", t.id AS "tribeId", t.name AS "tribeName",
                  t.lead_person_id AS "tribeLeadId"
             FROM chapter c JOIN tribe t ON t.id = c.tribe_id WHERE c.id = ANY($1::uuid[])`,
};

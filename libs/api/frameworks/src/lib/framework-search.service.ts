import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type {
  FrameworkSearchQueryDto,
  FrameworkSearchResultDto,
  SearchEntity,
} from './dto/framework-search.dto';
import { MARK_START, MARK_STOP, splitHeadline } from './highlight';

const HEADLINE_OPTIONS = [
  `StartSel=${MARK_START}`,
  `StopSel=${MARK_STOP}`,
  'MaxWords=40',
  'MinWords=15',
  'ShortWord=2',
  'MaxFragments=2',
  'FragmentDelimiter=" … "',
].join(', ');

/**
 * One branch per searchable table, each filtered by the GIN-indexed `search_vector`. Only the
 * latest version of each framework is searched. Knowledge elements are shared: their path
 * lists every competency or core task that holds them.
 */
const SEARCH_SQL = `
WITH q AS (SELECT websearch_to_tsquery('dutch', $1) AS query),
latest AS (
  SELECT f.code, f.title AS framework_title, v.id AS version_id, v.version
    FROM framework f JOIN framework_version v ON v.id = f.latest_version_id
   WHERE $2::text IS NULL OR f.code = $2::text
),
hits AS (
  SELECT 'competency' AS entity, l.code, l.framework_title, l.version, c.number::text AS path,
         c.number::text AS key, c.title AS text, ts_rank(c.search_vector, q.query, 1) AS rank
    FROM competency c JOIN latest l ON l.version_id = c.framework_version_id, q
   WHERE c.search_vector @@ q.query
  UNION ALL
  SELECT 'activity', l.code, l.framework_title, l.version, c.number::text, NULL, a.text,
         ts_rank(a.search_vector, q.query, 1)
    FROM competency_activity a JOIN competency c ON c.id = a.competency_id
    JOIN latest l ON l.version_id = c.framework_version_id, q
   WHERE a.search_vector @@ q.query
  UNION ALL
  SELECT 'knowledge', l.code, l.framework_title, l.version,
         COALESCE(
           (SELECT array_to_string(array_agg(DISTINCT c.number ORDER BY c.number), ', ')
              FROM competency_knowledge ck JOIN competency c ON c.id = ck.competency_id
             WHERE ck.knowledge_element_id = k.id),
           (SELECT array_to_string(array_agg(DISTINCT t.code ORDER BY t.code), ', ')
              FROM core_task_knowledge tk JOIN core_task t ON t.id = tk.core_task_id
             WHERE tk.knowledge_element_id = k.id),
           ''),
         NULL, k.text, ts_rank(k.search_vector, q.query, 1)
    FROM knowledge_element k JOIN latest l ON l.version_id = k.framework_version_id, q
   WHERE k.search_vector @@ q.query
  UNION ALL
  SELECT 'coreTask', l.code, l.framework_title, l.version, t.code, t.code, t.title,
         ts_rank(t.search_vector, q.query, 1)
    FROM core_task t JOIN latest l ON l.version_id = t.framework_version_id, q
   WHERE t.search_vector @@ q.query
  UNION ALL
  SELECT 'workProcess', l.code, l.framework_title, l.version, w.code, w.code,
         w.title || ': ' || w.description || ' ' || w.result, ts_rank(w.search_vector, q.query, 1)
    FROM work_process w JOIN latest l ON l.version_id = w.framework_version_id, q
   WHERE w.search_vector @@ q.query
  UNION ALL
  SELECT 'behaviour', l.code, l.framework_title, l.version, w.code, b.code, b.text,
         ts_rank(b.search_vector, q.query, 1)
    FROM behaviour b JOIN work_process w ON w.id = b.work_process_id
    JOIN latest l ON l.version_id = b.framework_version_id, q
   WHERE b.search_vector @@ q.query
),
top AS (
  SELECT * FROM hits ORDER BY rank DESC, code, entity, path, key LIMIT $3
)
SELECT top.*, ts_headline('dutch', translate(top.text, $5, ''), q.query, $4) AS headline
  FROM top, q
 ORDER BY rank DESC, code, entity, path, key`;

interface HitRow {
  entity: SearchEntity;
  code: string;
  framework_title: string;
  version: number;
  path: string;
  key: string | null;
  text: string;
  rank: number;
  headline: string;
}

/** Full-text search in Dutch over the latest version of every framework. */
@Injectable()
export class FrameworkSearchService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async search(query: FrameworkSearchQueryDto): Promise<FrameworkSearchResultDto> {
    const rows = await this.dataSource.query<HitRow[]>(SEARCH_SQL, [
      query.q,
      query.code ? query.code.trim().toUpperCase() : null,
      query.limit ?? 20,
      HEADLINE_OPTIONS,
      MARK_START + MARK_STOP,
    ]);
    return {
      query: query.q,
      items: rows.map((r) => {
        const { fragments, html } = splitHeadline(r.headline);
        return {
          frameworkCode: r.code,
          frameworkTitle: r.framework_title,
          version: Number(r.version),
          entity: r.entity,
          path: r.path,
          key: r.key,
          text: r.text,
          headline: html,
          fragments,
          rank: Number(r.rank),
        };
      }),
    };
  }
}

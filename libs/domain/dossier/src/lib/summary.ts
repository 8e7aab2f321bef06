import type { ParsedDossier } from './dossier.types';

export interface DossierSummary {
  family: ParsedDossier['family'];
  layout: string | null;
  code: string | null;
  title: string | null;
  level: string | null;
  counts: Record<string, number>;
  warnings: number;
  /** Human-readable lines, as the CLI prints them. */
  lines: string[];
}

/** Key figures of a parsed dossier and a readable text summary (used by the CLI). */
export function summarizeDossier(dossier: ParsedDossier): DossierSummary {
  const lines: string[] = [];
  let counts: Record<string, number>;
  let level: string | null;
  let layout: string | null = null;
  if (dossier.family === 'bk') {
    layout = dossier.layout;
    const activities = dossier.competencies.flatMap((c) => c.activities);
    const knowledge = dossier.competencies.flatMap((c) => c.knowledge);
    counts = {
      competencies: dossier.competencies.length,
      activities: activities.length,
      distinctActivities: new Set(activities.map((a) => a.text)).size,
      knowledge: knowledge.length,
      distinctKnowledge: new Set(knowledge.map((k) => k.text)).size,
    };
    level =
      dossier.level.vks === null && dossier.level.eqf === null
        ? null
        : `VKS ${dossier.level.vks ?? '?'} / EQF ${dossier.level.eqf ?? '?'}`;
    lines.push(`family:  BK (Flemish beroepskwalificatiedossier), ${dossier.layout} layout`);
    lines.push(
      `code:    ${dossier.code ?? '(none)'}${dossier.version !== null ? ` (version ${dossier.version})` : ''}`,
    );
    lines.push(`title:   ${dossier.title ?? '(none)'}`);
    lines.push(`level:   ${level ?? '(not given)'}`);
    lines.push(
      `counts:  ${counts.competencies} competencies, ${counts.activities} activities (${counts.distinctActivities} distinct), ` +
        `${counts.knowledge} knowledge elements (${counts.distinctKnowledge} distinct)`,
    );
    for (const c of dossier.competencies) {
      lines.push(
        `  ${c.number}. ${c.title} [${c.activities.length} activities, ${c.knowledge.length} knowledge]`,
      );
    }
  } else {
    const workProcesses = dossier.coreTasks.flatMap((t) => t.workProcesses);
    counts = {
      profiles: dossier.profiles.length,
      coreTasks: dossier.coreTasks.length,
      workProcesses: workProcesses.length,
      behaviours: workProcesses.reduce((n, w) => n + w.behaviours.length, 0),
      knowledgeAndSkills: dossier.coreTasks.reduce((n, t) => n + t.knowledgeAndSkills.length, 0),
    };
    const levels = [
      ...new Set(dossier.profiles.map((p) => p.mboLevel).filter((l): l is number => l !== null)),
    ].sort();
    level = levels.length > 0 ? `mbo ${levels.join('/')}` : null;
    lines.push('family:  MBO (Dutch kwalificatiedossier)');
    lines.push(
      `code:    ${dossier.code ?? '(none)'}${dossier.version ? ` (version ${dossier.version})` : ''}`,
    );
    lines.push(`title:   ${dossier.title ?? '(none)'}`);
    lines.push(`level:   ${level ?? '(not given)'}`);
    lines.push(
      `counts:  ${counts.profiles} profiles, ${counts.coreTasks} core tasks, ${counts.workProcesses} work processes, ` +
        `${counts.behaviours} behaviours, ${counts.knowledgeAndSkills} knowledge/skill items`,
    );
    for (const p of dossier.profiles) {
      lines.push(
        `  ${p.code} ${p.name} (mbo ${p.mboLevel ?? '?'}${p.eqfLevel !== null ? `, EQF ${p.eqfLevel}` : ''})`,
      );
    }
    for (const t of dossier.coreTasks)
      lines.push(`  ${t.code} ${t.title} [${t.workProcesses.length} work processes]`);
  }
  lines.push(`warnings: ${dossier.warnings.length}`);
  for (const w of dossier.warnings)
    lines.push(`  ${w.line !== null ? `line ${w.line}` : 'general'}: ${w.message}`);
  return {
    family: dossier.family,
    layout,
    code: dossier.code,
    title: dossier.title,
    level,
    counts,
    warnings: dossier.warnings.length,
    lines,
  };
}

import type { KnowledgeDepth, MboKnowledgeKind, SkillType } from '@tribeworks/dossier';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A BK competency ("1. Onderzoekt een product, dienst of merk"). */
@Entity({ name: 'competency' })
export class Competency {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'framework_version_id', type: 'uuid' })
  frameworkVersionId!: string;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'integer' })
  position!: number;
}

/** An activity of a BK competency, marked with its skill column. */
@Entity({ name: 'competency_activity' })
export class CompetencyActivity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'competency_id', type: 'uuid' })
  competencyId!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text' })
  text!: string;

  @Column({ name: 'skill_type', type: 'varchar', length: 20, nullable: true })
  skillType!: SkillType | null;
}

/** One knowledge element per distinct text per framework version. */
@Entity({ name: 'knowledge_element' })
export class KnowledgeElement {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'framework_version_id', type: 'uuid' })
  frameworkVersionId!: string;

  @Column({ type: 'text' })
  text!: string;

  /** BK: basic / normal / thorough, from the wording. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  depth!: KnowledgeDepth | null;

  /** MBO: knowledge ("heeft kennis van") or skill ("kan ..."). */
  @Column({ type: 'varchar', length: 10, nullable: true })
  kind!: MboKnowledgeKind | null;
}

/** A BK competency lists a knowledge element at a position. */
@Entity({ name: 'competency_knowledge' })
export class CompetencyKnowledge {
  @PrimaryColumn({ name: 'competency_id', type: 'uuid' })
  competencyId!: string;

  @PrimaryColumn({ type: 'integer' })
  position!: number;

  @Column({ name: 'knowledge_element_id', type: 'uuid' })
  knowledgeElementId!: string;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An MBO profile (P1..Pn) with its qualification level. */
@Entity({ name: 'mbo_profile' })
export class MboProfileRow {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'framework_version_id', type: 'uuid' })
  frameworkVersionId!: string;

  @Column({ type: 'varchar', length: 10 })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'mbo_level', type: 'smallint', nullable: true })
  mboLevel!: number | null;

  @Column({ name: 'eqf_level', type: 'smallint', nullable: true })
  eqfLevel!: number | null;

  @Column({ name: 'professional_requirements', type: 'varchar', length: 20, nullable: true })
  professionalRequirements!: string | null;

  @Column({ name: 'qualification_type', type: 'varchar', length: 100, nullable: true })
  qualificationType!: string | null;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'integer' })
  position!: number;
}

/** An MBO core task (kerntaak); `profileCode` null = the shared basis part. */
@Entity({ name: 'core_task' })
export class CoreTask {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'framework_version_id', type: 'uuid' })
  frameworkVersionId!: string;

  @Column({ type: 'varchar', length: 20 })
  code!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'profile_code', type: 'varchar', length: 10, nullable: true })
  profileCode!: string | null;

  @Column({ type: 'text' })
  complexity!: string;

  @Column({ type: 'text' })
  responsibility!: string;

  @Column({ type: 'integer' })
  position!: number;
}

/** An MBO work process (werkproces) of a core task. */
@Entity({ name: 'work_process' })
export class WorkProcess {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'framework_version_id', type: 'uuid' })
  frameworkVersionId!: string;

  @Column({ name: 'core_task_id', type: 'uuid' })
  coreTaskId!: string;

  @Column({ type: 'varchar', length: 30 })
  code!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'text' })
  result!: string;

  @Column({ type: 'text', nullable: true })
  actor!: string | null;

  @Column({ type: 'text', array: true })
  competences!: string[];

  @Column({ type: 'integer' })
  position!: number;
}

/** An observable behaviour (gedrag) of a work process, with a stable code (P4-K2-W3-G05). */
@Entity({ name: 'behaviour' })
export class Behaviour {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'framework_version_id', type: 'uuid' })
  frameworkVersionId!: string;

  @Column({ name: 'work_process_id', type: 'uuid' })
  workProcessId!: string;

  @Column({ type: 'varchar', length: 40 })
  code!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'integer' })
  position!: number;
}

/** An MBO core task lists a knowledge/skill element at a position, under a category. */
@Entity({ name: 'core_task_knowledge' })
export class CoreTaskKnowledge {
  @PrimaryColumn({ name: 'core_task_id', type: 'uuid' })
  coreTaskId!: string;

  @PrimaryColumn({ type: 'integer' })
  position!: number;

  @Column({ name: 'knowledge_element_id', type: 'uuid' })
  knowledgeElementId!: string;

  @Column({ type: 'text', nullable: true })
  category!: string | null;
}

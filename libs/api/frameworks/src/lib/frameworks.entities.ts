import {
  Competency,
  CompetencyActivity,
  CompetencyKnowledge,
  KnowledgeElement,
} from './competency.entity';
import {
  Behaviour,
  CoreTask,
  CoreTaskKnowledge,
  MboProfileRow,
  WorkProcess,
} from './core-task.entity';
import { FrameworkImport } from './framework-import.entity';
import { Framework, FrameworkVersion } from './framework.entity';

/** Every entity of the frameworks area, for the DataSource's explicit list. */
export const FRAMEWORK_ENTITIES = [
  Framework,
  FrameworkVersion,
  FrameworkImport,
  Competency,
  CompetencyActivity,
  KnowledgeElement,
  CompetencyKnowledge,
  MboProfileRow,
  CoreTask,
  WorkProcess,
  Behaviour,
  CoreTaskKnowledge,
];

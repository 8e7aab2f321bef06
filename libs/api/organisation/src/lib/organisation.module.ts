import { Module } from '@nestjs/common';
import { AccessModule } from '@tribeworks/api-access';
import { Chapter } from './chapter.entity';
import { ChaptersController } from './chapters.controller';
import { Department } from './department.entity';
import { DepartmentsController } from './departments.controller';
import { Guild } from './guild.entity';
import { GuildsController } from './guilds.controller';
import { MatrixService } from './matrix.service';
import { Membership } from './membership.entity';
import { MembershipsController } from './memberships.controller';
import { MembershipsService } from './memberships.service';
import { Organisation } from './organisation.entity';
import { OrganisationImport } from './organisation-import.entity';
import { OrganisationProcessor } from './organisation-import.processor';
import { OrganisationImportService } from './organisation-import.service';
import { OrganisationImportsController } from './organisation-imports.controller';
import { OrganisationScopes } from './organisation.scopes';
import { OrganisationsController } from './organisations.controller';
import { PeopleController } from './people.controller';
import { PeopleService } from './people.service';
import { Person } from './person.entity';
import { Squad } from './squad.entity';
import { SquadsController } from './squads.controller';
import { Tribe } from './tribe.entity';
import { TribesController } from './tribes.controller';
import { UnitsService } from './units.service';

/**
 * The organisation area. Registers its scoped access rules (OrganisationScopes) with the
 * access layer's registry when the module starts.
 */
@Module({
  imports: [AccessModule],
  controllers: [
    OrganisationsController,
    TribesController,
    SquadsController,
    ChaptersController,
    GuildsController,
    DepartmentsController,
    PeopleController,
    MembershipsController,
    OrganisationImportsController,
  ],
  providers: [
    UnitsService,
    PeopleService,
    MembershipsService,
    MatrixService,
    OrganisationImportService,
    OrganisationScopes,
  ],
  exports: [OrganisationScopes],
})
export class OrganisationModule {}

/** Worker side of the organisation area: the people-import processor. */
@Module({
  providers: [OrganisationImportService, OrganisationProcessor],
})
export class OrganisationWorkerModule {}

export const ORGANISATION_ENTITIES = [
  Organisation,
  Person,
  Tribe,
  Squad,
  Chapter,
  Guild,
  Department,
  Membership,
  OrganisationImport,
];

/* Generated from apps/api/openapi.json by `npm run openapi`. Do not edit. */
export interface paths {
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Audit_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Auth_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_confirmReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset/request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_requestReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_setup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chapters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Chapters, filtered by tribe and name */
        get: operations["Chapters_list"];
        put?: never;
        post: operations["Chapters_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chapters/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Chapters_get"];
        put?: never;
        post?: never;
        delete: operations["Chapters_remove"];
        options?: never;
        head?: never;
        patch: operations["Chapters_update"];
        trace?: never;
    };
    "/api/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Departments, filtered by organisation, parent and name */
        get: operations["Departments_list"];
        put?: never;
        post: operations["Departments_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/departments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Departments_get"];
        put?: never;
        post?: never;
        delete: operations["Departments_remove"];
        options?: never;
        head?: never;
        patch: operations["Departments_update"];
        trace?: never;
    };
    "/api/frameworks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Frameworks with their latest version */
        get: operations["Frameworks_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/frameworks/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One version of a framework (the latest by default) with its whole tree */
        get: operations["Frameworks_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/frameworks/{code}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What was added, removed and changed between two versions */
        get: operations["Frameworks_diff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/frameworks/{code}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The versions of a framework, newest first */
        get: operations["Frameworks_versions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/frameworks/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a BK or MBO dossier (text) to import as a framework version
         * @description Checks and queues the file; a worker parses it and stores the framework in one transaction. Identical content returns the existing version.
         */
        post: operations["FrameworkImports_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/frameworks/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** State, progress, warnings and outcome of an import */
        get: operations["FrameworkImports_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/frameworks/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Full-text search in Dutch over competencies, activities, knowledge, core tasks, work processes and behaviours */
        get: operations["Frameworks_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/guilds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Guilds, filtered by organisation and name */
        get: operations["Guilds_list"];
        put?: never;
        post: operations["Guilds_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/guilds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Guilds_get"];
        put?: never;
        post?: never;
        delete: operations["Guilds_remove"];
        options?: never;
        head?: never;
        patch: operations["Guilds_update"];
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Health_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{queue}/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Jobs_getStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/memberships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Memberships, filtered by person, kind, unit, tribe and day (or current) */
        get: operations["Memberships_list"];
        put?: never;
        /**
         * Start a membership (squad, chapter, guild or department) under the rules
         * @description A new chapter membership ends the current one on its first day (one chapter at a time).
         */
        post: operations["Memberships_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/memberships/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Memberships_get"];
        put?: never;
        post?: never;
        /** Remove a membership entered by mistake (to end one, use end) */
        delete: operations["Memberships_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/memberships/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a membership on a day (the first day without it); history stays */
        post: operations["Memberships_end"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/memberships/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a person from one squad to another on a day: ends one membership and starts another, atomically
         * @description A membership that started on the day of the move held on no day: it is removed rather than ended. Moving into a squad the person left on that day (same FTE) resumes that membership, so moving back on the same day leaves the history as it was.
         */
        post: operations["Memberships_move"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisation/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import people and their chapter and squad memberships from a CSV file
         * @description `mode=dry-run` (default) checks every row against the organisation and its rules and writes nothing: 200 with every problem and its line. `mode=commit` imports all rows or none: a file with any problem gets 422 with the same report (in `details`); a clean file of at most 500 rows is written at once in one transaction (200); a larger one is checked, then queued (202) and written by a job in one transaction — follow it at GET /api/organisation/imports/{id}. HR and admin only.
         *
         *     One row per person; the first line names the columns, in any order:
         *
         *     | column | Dutch | required | meaning |
         *     | --- | --- | --- | --- |
         *     | name | naam | yes | full name |
         *     | email | e-mail | yes | e-mail address, unique in the organisation (new people only) |
         *     | job_title | functie | no | job title |
         *     | tribe | tribe | no | the tribe the chapter and squads are in (needed when a name occurs in several tribes) |
         *     | chapter | chapter | no | the person's chapter (their line) |
         *     | squads | squads | no | at most 2 squads, separated by `|` |
         *     | fte | fte | no | FTE share per squad, separated by `|` (0.8, 0,8 or 80%); default 1 shared equally |
         *     | from | vanaf | no | first day of the memberships, YYYY-MM-DD or DD-MM-YYYY; default today |
         *
         *     UTF-8 (with or without BOM) or Windows-1252; `;`, `,` or tab as delimiter; quoted fields; other columns are ignored and listed in `ignoredColumns`.
         *
         *     Example: `naam;e-mail;functie;tribe;chapter;squads;fte;vanaf` / `Hélène Dubois;helene.dubois@bank.nl;Data-analist;Hypotheek;Data Analytics;hypotheek-app|oversluiten;0,5|0,5;01-03-2026`
         */
        post: operations["OrganisationImports_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisation/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** State, progress, counts and problems of a people import */
        get: operations["OrganisationImports_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisations with their kind and rule limits */
        get: operations["Organisations_list"];
        put?: never;
        post: operations["Organisations_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Organisations_get"];
        put?: never;
        post?: never;
        delete: operations["Organisations_remove"];
        options?: never;
        head?: never;
        patch: operations["Organisations_update"];
        trace?: never;
    };
    "/api/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The directory: names and job titles, filtered by organisation, tribe, squad, chapter, name */
        get: operations["People_list"];
        put?: never;
        post: operations["People_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A person's page: details, current memberships, roles in units, manager and history
         * @description For the person themselves, HR, and whoever leads them: their chapter lead, tribe lead or department manager.
         */
        get: operations["People_detail"];
        put?: never;
        post?: never;
        delete: operations["People_remove"];
        options?: never;
        head?: never;
        patch: operations["People_update"];
        trace?: never;
    };
    "/api/squads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Squads, filtered by tribe and name */
        get: operations["Squads_list"];
        put?: never;
        post: operations["Squads_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/squads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Squads_get"];
        put?: never;
        post?: never;
        delete: operations["Squads_remove"];
        options?: never;
        head?: never;
        patch: operations["Squads_update"];
        trace?: never;
    };
    "/api/squads/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who was in the squad on a day (default today), product owner first */
        get: operations["Squads_members"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/system/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["System_info"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/system/ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["System_ping"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tribes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tribes, filtered by organisation, kind and name, with their sizes today */
        get: operations["Tribes_list"];
        put?: never;
        post: operations["Tribes_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tribes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Tribes_get"];
        put?: never;
        post?: never;
        delete: operations["Tribes_remove"];
        options?: never;
        head?: never;
        patch: operations["Tribes_update"];
        trace?: never;
    };
    "/api/tribes/{id}/matrix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Squads × chapters with the people in each cell, leads, product owners, coaches and counts on a day */
        get: operations["Tribes_matrix"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Users_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Users_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["Users_update"];
        trace?: never;
    };
    "/api/users/{id}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Users_resetLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Users_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcceptInvitationDto: {
            displayName?: string;
            password: string;
            token: string;
        };
        ActivityDto: {
            /** @enum {string|null} */
            skillType?: "cognitive" | "problem-solving" | "motor" | null;
            text: string;
        };
        /** @enum {string} */
        AppRole: "admin" | "hr" | "tribe_lead" | "chapter_lead" | "product_owner" | "member";
        AuditEntryDto: {
            /** @enum {string} */
            action: "create" | "update" | "delete" | "login" | "logout";
            actorEmail: string | null;
            actorUserId: string | null;
            /** Format: date-time */
            at: string;
            /** @description Changed fields with their values before and after */
            changes: {
                [key: string]: components["schemas"]["FieldChangeDto"];
            };
            entityId: string;
            entityType: string;
            id: string;
            ip: string | null;
            requestId: string | null;
        };
        AuditPageDto: {
            items: components["schemas"]["AuditEntryDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        BehaviourDto: {
            /** @example P4-K2-W3-G05 */
            code: string;
            text: string;
        };
        ChangePasswordDto: {
            currentPassword: string;
            newPassword: string;
        };
        ChapterDto: {
            /** Format: uuid */
            id: string;
            lead: components["schemas"]["PersonRefDto"] | null;
            name: string;
            specialism: string;
            /** Format: uuid */
            tribeId: string;
            version: number;
        };
        ChapterPageDto: {
            items: components["schemas"]["ChapterDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        CompetencyDto: {
            activities: components["schemas"]["ActivityDto"][];
            knowledge: components["schemas"]["KnowledgeDto"][];
            number: number;
            title: string;
        };
        ConfirmPasswordResetDto: {
            password: string;
            token: string;
        };
        CoreTaskDto: {
            /** @example B1-K1 */
            code: string;
            complexity: string;
            knowledge: components["schemas"]["KnowledgeDto"][];
            /** @description null for the basis part */
            profileCode?: string | null;
            responsibility: string;
            title: string;
            workProcesses: components["schemas"]["WorkProcessDto"][];
        };
        CreateChapterDto: {
            /**
             * Format: uuid
             * @description The chapter lead: line manager of the chapter's members
             */
            leadPersonId?: string | null;
            name: string;
            /** @example Productmanagement */
            specialism?: string;
            /**
             * Format: uuid
             * @description Fixed once created
             */
            tribeId: string;
        };
        CreateDepartmentDto: {
            /**
             * Format: uuid
             * @description The manager (a person)
             */
            managerPersonId?: string | null;
            name: string;
            /** Format: uuid */
            organisationId: string;
            /**
             * Format: uuid
             * @description The department above (null: a top department)
             */
            parentId?: string | null;
        };
        CreateGuildDto: {
            name: string;
            /** Format: uuid */
            organisationId: string;
            topic?: string;
        };
        CreateMembershipDto: {
            /**
             * Format: date
             * @description First day (default: today)
             */
            from?: string;
            /** @description Squads only: share of a full-time job (default 1) */
            fte?: number;
            kind: components["schemas"]["MembershipKind"];
            /** Format: uuid */
            personId: string;
            /**
             * Format: uuid
             * @description The squad, chapter, guild or department
             */
            unitId: string;
            /**
             * Format: date
             * @description The day it has ended (exclusive)
             */
            until?: string | null;
        };
        CreateOrganisationDto: {
            kind: components["schemas"]["OrganisationKind"];
            /**
             * @description Sum of a person's squad FTE shares
             * @default 1
             */
            maxFtePerPerson: number;
            /**
             * @description Members of a squad, product owner included
             * @default 9
             */
            maxSquadMembers: number;
            /**
             * @description Squads one person works in at once
             * @default 2
             */
            maxSquadsPerPerson: number;
            /**
             * @description People in a tribe
             * @default 150
             */
            maxTribePeople: number;
            name: string;
        };
        CreatePersonDto: {
            email: string;
            /** @example Customer journey expert */
            jobTitle?: string | null;
            name: string;
            /** Format: uuid */
            organisationId: string;
            /**
             * Format: uuid
             * @description The user account
             */
            userId?: string | null;
        };
        CreateSquadDto: {
            /**
             * Format: uuid
             * @description The agile coach (a person; not a member)
             */
            agileCoachId?: string | null;
            mission?: string;
            name: string;
            /**
             * Format: uuid
             * @description The product owner: must be a current member of the squad
             */
            productOwnerId?: string | null;
            /**
             * Format: uuid
             * @description Fixed once created
             */
            tribeId: string;
        };
        CreateTribeDto: {
            /** @description run (service) or change (experience) */
            kind: components["schemas"]["TribeKind"];
            /**
             * Format: uuid
             * @description The tribe lead (a person)
             */
            leadPersonId?: string | null;
            name: string;
            /** Format: uuid */
            organisationId: string;
            /** @description The goals of the tribe (doelen) */
            purpose?: string;
        };
        DepartmentDto: {
            /** Format: uuid */
            id: string;
            manager: components["schemas"]["PersonRefDto"] | null;
            name: string;
            /** Format: uuid */
            organisationId: string;
            /** Format: uuid */
            parentId: string | null;
            version: number;
        };
        DepartmentPageDto: {
            items: components["schemas"]["DepartmentDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        DiffChangeDto: {
            after?: string | null;
            before?: string | null;
            change: components["schemas"]["FrameworkDiffKind"];
            entity: components["schemas"]["FrameworkDiffEntity"];
            /** @example title */
            field?: string | null;
            /** @description The item’s own number or code */
            key?: string | null;
            /**
             * @description Competency number, core task or work process code that holds the item
             * @example 3
             */
            path: string;
        };
        DiffSummaryDto: {
            added: number;
            changed: number;
            removed: number;
        };
        DossierWarningDto: {
            /** @description 1-based line in the file */
            line?: number | null;
            message: string;
        };
        EndMembershipDto: {
            /**
             * Format: date
             * @description The day it has ended (exclusive): the first day without it
             */
            until: string;
            /** @description The version you read; a newer one means someone else changed it */
            version: number;
        };
        EnqueuedImportDto: {
            /**
             * Format: uuid
             * @description Follow it at /api/frameworks/imports/{importId}
             */
            importId: string;
            /** @description BullMQ job id (equals the import id) */
            jobId: string;
            queue: components["schemas"]["QueueName"];
        };
        EnqueuedJobDto: {
            /** @example 42 */
            id: string;
            queue: components["schemas"]["QueueName"];
        };
        EnqueuedOrganisationImportDto: {
            /**
             * Format: uuid
             * @description Follow it at /api/organisation/imports/{importId}
             */
            importId: string;
            /** @description BullMQ job id (equals the import id) */
            jobId: string;
            queue: components["schemas"]["QueueName"];
            rows: number;
            /** @enum {string} */
            state: "queued" | "running" | "completed" | "failed";
        };
        ErrorBodyDto: {
            /**
             * @description Stable, machine-readable code
             * @example validation_failed
             */
            code: string;
            /** @description Extra facts, e.g. the failing fields */
            details?: Record<string, never>;
            /** @example Invalid request: message must be a string */
            message: string;
            /** @description Request id, also in the X-Request-Id header and the logs */
            requestId?: string;
        };
        FieldChangeDto: {
            /** @description Value after (null when the field was emptied) */
            after?: Record<string, never>;
            /** @description Value before (null when the field was empty) */
            before?: Record<string, never>;
        };
        FrameworkDetailDto: {
            /** @description MBO basis core tasks (empty for BK) */
            basis: components["schemas"]["CoreTaskDto"][];
            /** @example BK-0571-1 */
            code: string;
            /** @description BK competencies (empty for MBO) */
            competencies: components["schemas"]["CompetencyDto"][];
            /** @description Descriptor sections and general facts (BK: definition, sectors, actors, descriptors, attestations, …) */
            details: {
                [key: string]: unknown;
            };
            family: components["schemas"]["FrameworkFamily"];
            /** @description The latest version number of the framework */
            latestVersion: number;
            level: components["schemas"]["FrameworkLevelDto"];
            /** @description MBO profiles (empty for BK) */
            profiles: components["schemas"]["MboProfileDto"][];
            title: string;
            /** @description The version shown */
            version: components["schemas"]["FrameworkVersionDto"];
            warnings: components["schemas"]["DossierWarningDto"][];
        };
        FrameworkDiffDto: {
            changes: components["schemas"]["DiffChangeDto"][];
            /** @example BK-0571-1 */
            code: string;
            from: number;
            summary: components["schemas"]["DiffSummaryDto"];
            to: number;
        };
        /** @enum {string} */
        FrameworkDiffEntity: "competency" | "activity" | "knowledge" | "coreTask" | "workProcess" | "behaviour";
        /** @enum {string} */
        FrameworkDiffKind: "added" | "removed" | "changed";
        /** @enum {string} */
        FrameworkFamily: "bk" | "mbo";
        FrameworkImportDto: {
            /** @description Attempts started so far */
            attempts: number;
            /** @description False when identical content existed and that version was returned */
            created?: boolean | null;
            /** Format: date-time */
            createdAt: string;
            error?: components["schemas"]["ImportErrorDto"] | null;
            family?: components["schemas"]["FrameworkFamily"] | null;
            /** @example bk-0571-1-productmanager.txt */
            fileName: string;
            /** Format: date-time */
            finishedAt?: string | null;
            /** @example BK-0571-1 */
            frameworkCode?: string | null;
            /** Format: uuid */
            frameworkVersionId?: string | null;
            /** Format: uuid */
            id: string;
            progress: number;
            requestedByEmail?: string | null;
            /** Format: date-time */
            startedAt?: string | null;
            state: components["schemas"]["FrameworkImportState"];
            /** @description The resulting version number */
            version?: number | null;
            warnings: components["schemas"]["DossierWarningDto"][];
        };
        FrameworkImportRequestDto: {
            /**
             * @description Framework code. Required for an MBO dossier that does not state its code; must match the code a BK dossier states.
             * @example 25168
             */
            code?: string;
            /**
             * Format: binary
             * @description The dossier as text: UTF-8 (with or without BOM) or Windows-1252, at most 5 MB
             */
            file: string;
            /**
             * @description Title when the dossier does not state one
             * @example Commercie
             */
            title?: string;
            /**
             * @description Version label, e.g. the year
             * @example 2025
             */
            versionLabel?: string;
        };
        /** @enum {string} */
        FrameworkImportState: "queued" | "running" | "completed" | "failed";
        FrameworkLevelDto: {
            /** @description EQF level */
            eqf?: number | null;
            /** @description MBO levels of the profiles (MBO), ascending */
            mbo: number[];
            /** @description Flemish VKS level (BK) */
            vks?: number | null;
        };
        FrameworkListDto: {
            items: components["schemas"]["FrameworkSummaryDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        /** @enum {string} */
        FrameworkSearchEntity: "competency" | "activity" | "knowledge" | "coreTask" | "workProcess" | "behaviour";
        FrameworkSearchResultDto: {
            items: components["schemas"]["SearchHitDto"][];
            query: string;
        };
        FrameworkSummaryDto: {
            /** @example BK-0571-1 */
            code: string;
            family: components["schemas"]["FrameworkFamily"];
            /** Format: date-time */
            importedAt: string;
            /** @example 1 */
            latestVersion: number;
            level: components["schemas"]["FrameworkLevelDto"];
            /** @example Productmanager */
            title: string;
            /** @example versie 1, 2020 */
            versionLabel?: string | null;
        };
        FrameworkVersionDto: {
            /** @description SHA-256 of the normalised parse result */
            contentHash: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            importedAt: string;
            importedByEmail?: string | null;
            /** @enum {string|null} */
            layout?: "pdf" | "web" | null;
            sourceFileName: string;
            title: string;
            version: number;
            versionLabel?: string | null;
            warningCount: number;
        };
        GuildDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: uuid */
            organisationId: string;
            topic: string;
            version: number;
        };
        GuildPageDto: {
            items: components["schemas"]["GuildDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        HealthDto: {
            /** @enum {string} */
            db: "up" | "down";
            /**
             * @description Names of the services that are down
             * @example []
             */
            down: string[];
            /** @example All services are up */
            message: string;
            /**
             * @description Whether this process serves hot reads from memory: on while it receives the database change notifications that keep them true (READ_CACHE)
             * @enum {string}
             */
            readCache: "on" | "off";
            /** @enum {string} */
            redis: "up" | "down";
            /** @enum {string} */
            status: "ok" | "degraded";
        };
        HighlightFragmentDto: {
            /** @description True for a matching word */
            highlighted: boolean;
            /** @description Plain text (not HTML) */
            text: string;
        };
        ImportErrorDto: {
            /**
             * @description Stable code
             * @example dossier_truncated
             */
            code: string;
            message: string;
        };
        ImportProblemDto: {
            /** @description Stable code: header_invalid, no_rows, email_duplicate, email_taken, chapter_unknown, squad_unknown, date_invalid, fte_invalid, squad_full, tribe_full, too_many_squads, fte_exceeded, … */
            code: string;
            /** @enum {string|null} */
            column: "name" | "email" | "job_title" | "tribe" | "chapter" | "squads" | "fte" | "from" | null;
            /** @description Line in the file (the header is line 1) */
            line: number;
            /** @description In the request's language */
            message: string;
        };
        InvitationDto: {
            /** @description One-time link for the new user to set a password (7 days) */
            invitationUrl: string;
            user: components["schemas"]["UserDto"];
        };
        InviteUserDto: {
            displayName: string;
            email: string;
            locale?: components["schemas"]["Locale"];
            roles: components["schemas"]["AppRole"][];
        };
        /** @enum {string} */
        JobState: "waiting" | "delayed" | "prioritized" | "waiting-children" | "active" | "completed" | "failed" | "unknown";
        JobStatusDto: {
            /** @description Attempts made so far */
            attemptsMade: number;
            /** Format: date-time */
            createdAt: string;
            /** @description Why the last attempt failed */
            failedReason?: string | null;
            /** Format: date-time */
            finishedAt?: string | null;
            /** @example 42 */
            id: string;
            /** @description Attempts allowed before the job fails for good */
            maxAttempts: number;
            /** @example system.ping */
            name: string;
            /** @description Progress from 0 to 100 */
            progress: number;
            queue: components["schemas"]["QueueName"];
            /** @description The result, once completed */
            result?: {
                [key: string]: unknown;
            } | null;
            state: components["schemas"]["JobState"];
        };
        KnowledgeDto: {
            /** @description MBO category */
            category?: string | null;
            /** @enum {string|null} */
            depth?: "basic" | "normal" | "thorough" | null;
            /**
             * Format: uuid
             * @description The catalogue element (shared by every owner that lists it)
             */
            id: string;
            /** @enum {string|null} */
            kind?: "knowledge" | "skill" | null;
            text: string;
        };
        /** @enum {string} */
        Locale: "nl" | "en";
        LoginDto: {
            /** @example chapterlead@tribeworks.demo */
            email: string;
            password: string;
        };
        ManagerDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: uuid */
            unitId: string;
            unitName: string;
            /**
             * @description chapter: the lead of their chapter; tribe: the tribe lead (of a chapter lead); department: the manager
             * @enum {string}
             */
            via: "chapter" | "tribe" | "department";
        };
        MatrixCellDto: {
            /**
             * Format: uuid
             * @description null: in no chapter of the tribe
             */
            chapterId: string | null;
            people: components["schemas"]["MatrixPersonDto"][];
            /**
             * Format: uuid
             * @description null: in no squad of the tribe
             */
            squadId: string | null;
        };
        MatrixChapterDto: {
            /** Format: uuid */
            id: string;
            lead: components["schemas"]["PersonRefDto"] | null;
            memberCount: number;
            name: string;
            specialism: string;
        };
        MatrixPersonDto: {
            /** @description FTE in this squad (null outside a squad) */
            fte: number | null;
            /** Format: uuid */
            id: string;
            /** @description The product owner of this squad */
            isProductOwner: boolean;
            jobTitle: string | null;
            name: string;
        };
        MatrixSquadDto: {
            agileCoach: components["schemas"]["PersonRefDto"] | null;
            /** @description memberCount >= limit: the next add is refused */
            full: boolean;
            /** Format: uuid */
            id: string;
            limit: number;
            memberCount: number;
            mission: string;
            name: string;
            /** @description memberCount > limit (e.g. after the limit was lowered) */
            overLimit: boolean;
            productOwner: components["schemas"]["PersonRefDto"] | null;
        };
        MboProfileDto: {
            /** @example P3 */
            code: string;
            /** @description The profile’s own core tasks */
            coreTasks: components["schemas"]["CoreTaskDto"][];
            description?: string | null;
            eqfLevel?: number | null;
            mboLevel?: number | null;
            name: string;
            professionalRequirements?: string | null;
            qualificationType?: string | null;
            /** @description Codes of the basis core tasks every profile shares (listed once under basis) */
            sharedCoreTaskCodes: string[];
        };
        MembershipDto: {
            /** Format: date */
            from: string;
            fte: number | null;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["MembershipKind"];
            /** Format: uuid */
            personId: string;
            personName: string;
            /** Format: uuid */
            tribeId: string | null;
            /** Format: uuid */
            unitId: string;
            unitName: string;
            /** Format: date */
            until: string | null;
            version: number;
        };
        /** @enum {string} */
        MembershipKind: "squad" | "chapter" | "guild" | "department";
        MembershipPageDto: {
            items: components["schemas"]["MembershipDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        MoveMembershipDto: {
            /**
             * Format: date
             * @description Last day in the old squad is the day before (default: today)
             */
            date?: string;
            /**
             * Format: uuid
             * @description The squad they leave
             */
            fromSquadId: string;
            /** @description FTE in the new squad (default: as in the old one) */
            fte?: number;
            /** Format: uuid */
            personId: string;
            /**
             * Format: uuid
             * @description The squad they join
             */
            toSquadId: string;
        };
        MoveResultDto: {
            /** @description The old membership, now ended on the day of the move; null when it was removed instead (see removed) */
            ended: components["schemas"]["MembershipDto"] | null;
            /** @description The old membership as it was, when it started on the day of the move: it held on no day, so it is removed rather than ended; null otherwise */
            removed: components["schemas"]["MembershipDto"] | null;
            /** @description The membership in the new squad: a new one, or, when the person left that squad on the day of the move with the same FTE, that membership resumed */
            started: components["schemas"]["MembershipDto"];
        };
        OrganisationDto: {
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["OrganisationKind"];
            maxFtePerPerson: number;
            maxSquadMembers: number;
            maxSquadsPerPerson: number;
            maxTribePeople: number;
            name: string;
            version: number;
        };
        OrganisationImportDto: {
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            errorCode: string | null;
            errorMessage: string | null;
            fileName: string;
            /** Format: date-time */
            finishedAt: string | null;
            /** Format: uuid */
            id: string;
            /** @description Memberships started (0 until completed) */
            memberships: number;
            /** Format: uuid */
            organisationId: string;
            /** @description People created (0 until completed) */
            people: number;
            /** @description Why a job refused the file */
            problems: components["schemas"]["ImportProblemDto"][];
            progress: number;
            rows: number;
            /** Format: date-time */
            startedAt: string | null;
            /** @enum {string} */
            state: "queued" | "running" | "completed" | "failed";
        };
        OrganisationImportReportDto: {
            /** @description True when something was written (a clean commit) */
            committed: boolean;
            /** @enum {string} */
            delimiter: ";" | "," | "\t";
            /** @enum {string} */
            encoding: "utf-8" | "windows-1252";
            /** @description Header names that map to no column */
            ignoredColumns: string[];
            /**
             * Format: uuid
             * @description The import record of a commit (null for a dry run or a refused file)
             */
            importId: string | null;
            /** @description Squad and chapter memberships the file starts (or would start) */
            memberships: number;
            /** @enum {string} */
            mode: "dry-run" | "commit";
            /** @description People the file creates (or would create) */
            people: number;
            problems: components["schemas"]["ImportProblemDto"][];
            /** @description Data rows in the file */
            rows: number;
        };
        OrganisationImportRequestDto: {
            /**
             * Format: binary
             * @description The CSV file: UTF-8 (with or without BOM) or Windows-1252, `;` or `,`, at most 5 MB
             */
            file: string;
        };
        /** @enum {string} */
        OrganisationKind: "traditional" | "hybrid" | "agile";
        OrganisationPageDto: {
            items: components["schemas"]["OrganisationDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        PermissionDto: {
            action: string;
            /** @description Only for records matching these conditions (MongoDB query syntax, as CASL evaluates it), e.g. `{ "squadId": { "$in": ["…"] } }`; absent: every record */
            conditions?: {
                [key: string]: unknown;
            };
            /** @description Only these fields (absent: every field) */
            fields?: string[];
            subject: string;
        };
        PersonDetailDto: {
            /** @description Memberships current on the day */
            current: components["schemas"]["MembershipDto"][];
            /**
             * Format: date
             * @description The day "current" refers to
             */
            date: string;
            email: string;
            /** @description Every membership, newest first */
            history: components["schemas"]["MembershipDto"][];
            /** Format: uuid */
            id: string;
            jobTitle: string | null;
            manager: components["schemas"]["ManagerDto"] | null;
            name: string;
            /** Format: uuid */
            organisationId: string;
            /** @description Units this person leads, owns or coaches */
            roles: components["schemas"]["PersonRoleDto"][];
            /** Format: uuid */
            userId: string | null;
            version: number;
        };
        PersonDto: {
            email: string;
            /** Format: uuid */
            id: string;
            jobTitle: string | null;
            name: string;
            /** Format: uuid */
            organisationId: string;
            /** Format: uuid */
            userId: string | null;
            version: number;
        };
        PersonPageDto: {
            items: components["schemas"]["PersonSummaryDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        PersonRefDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        PersonRoleDto: {
            /** @enum {string} */
            role: "tribe_lead" | "product_owner" | "agile_coach" | "chapter_lead" | "department_manager";
            /** Format: uuid */
            unitId: string;
            unitName: string;
            /** @enum {string} */
            unitType: "tribe" | "squad" | "chapter" | "department";
        };
        PersonSummaryDto: {
            /** Format: uuid */
            id: string;
            jobTitle: string | null;
            name: string;
            /** Format: uuid */
            organisationId: string;
        };
        PingRequestDto: {
            /** @description Pause in the worker, in ms */
            delayMs?: number;
            /** @description Fail this many first attempts on purpose (to see retries) */
            failTimes?: number;
            /** @default ping */
            message: string;
        };
        /** @enum {string} */
        QueueName: "system" | "frameworks" | "organisation";
        RequestPasswordResetDto: {
            email: string;
        };
        ResetLinkDto: {
            /** @description One-time link to set a new password (2 hours) */
            resetUrl: string;
        };
        SearchHitDto: {
            entity: components["schemas"]["FrameworkSearchEntity"];
            /** @description The same excerpt as plain-text fragments, for rendering without HTML */
            fragments: components["schemas"]["HighlightFragmentDto"][];
            /** @example BK-0571-1 */
            frameworkCode: string;
            frameworkTitle: string;
            /**
             * @description Excerpt as HTML: the source text HTML-escaped, matches wrapped in <mark>…</mark>; safe to insert as HTML
             * @example Onderzoekt een <mark>product</mark>, dienst of merk
             */
            headline: string;
            /** @description The item’s own code, when it has one */
            key?: string | null;
            /**
             * @description Competency number, or core task / work process code
             * @example 4
             */
            path: string;
            /** @description ts_rank score; higher is better */
            rank: number;
            /** @description The full text of the item (plain text) */
            text: string;
            /** @description The framework version searched (the latest) */
            version: number;
        };
        SessionDto: {
            /** @description Send in the x-csrf-token header on every write */
            csrfToken: string;
            /** @description What the user may do, by kind of thing (for showing or hiding actions) */
            permissions: components["schemas"]["PermissionDto"][];
            user: components["schemas"]["UserDto"];
        };
        SetupDto: {
            displayName: string;
            email: string;
            password: string;
            token: string;
        };
        SquadDto: {
            agileCoach: components["schemas"]["PersonRefDto"] | null;
            /** Format: uuid */
            id: string;
            mission: string;
            name: string;
            productOwner: components["schemas"]["PersonRefDto"] | null;
            /** Format: uuid */
            tribeId: string;
            version: number;
        };
        SquadMemberDto: {
            /** Format: date */
            from: string;
            fte: number;
            isProductOwner: boolean;
            jobTitle: string | null;
            /** Format: uuid */
            membershipId: string;
            name: string;
            /** Format: uuid */
            personId: string;
            /** Format: date */
            until: string | null;
        };
        SquadMembersDto: {
            /** @description Members on the day */
            count: number;
            /** Format: date */
            date: string;
            /** @description The organisation's squad limit */
            limit: number;
            members: components["schemas"]["SquadMemberDto"][];
            /** Format: uuid */
            squadId: string;
            squadName: string;
        };
        SquadPageDto: {
            items: components["schemas"]["SquadDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        SystemInfoDto: {
            /** @enum {string} */
            defaultLocale: "nl" | "en";
            locales: ("nl" | "en")[];
            /** @example Tribeworks */
            name: string;
            /** @example 0.1.0 */
            version: string;
        };
        TribeDto: {
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["TribeKind"];
            lead: components["schemas"]["PersonRefDto"] | null;
            name: string;
            /** Format: uuid */
            organisationId: string;
            purpose: string;
            version: number;
        };
        /** @enum {string} */
        TribeKind: "run" | "change";
        TribeMatrixDto: {
            /** @description Non-empty cells only: squad × chapter */
            cells: components["schemas"]["MatrixCellDto"][];
            chapters: components["schemas"]["MatrixChapterDto"][];
            /** Format: date */
            date: string;
            kind: components["schemas"]["TribeKind"];
            name: string;
            /** @description People with a squad or chapter membership in the tribe on the day */
            peopleCount: number;
            peopleLimit: number;
            purpose: string;
            squads: components["schemas"]["MatrixSquadDto"][];
            /** Format: uuid */
            tribeId: string;
            tribeLead: components["schemas"]["PersonRefDto"] | null;
        };
        TribePageDto: {
            items: components["schemas"]["TribeSummaryDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        TribeSummaryDto: {
            /** @description Chapters of the tribe */
            chapterCount: number;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["TribeKind"];
            lead: components["schemas"]["PersonRefDto"] | null;
            name: string;
            /** Format: uuid */
            organisationId: string;
            /** @description peopleCount > peopleLimit (e.g. after the limit was lowered) */
            overLimit: boolean;
            /** @description People with a squad or chapter membership in the tribe today, each once */
            peopleCount: number;
            /** @description The organisation's limit of people per tribe */
            peopleLimit: number;
            purpose: string;
            /** @description Squads of the tribe */
            squadCount: number;
            version: number;
        };
        UpdateChapterDto: {
            /**
             * Format: uuid
             * @description The chapter lead: line manager of the chapter's members
             */
            leadPersonId?: string | null;
            name?: string;
            /** @example Productmanagement */
            specialism?: string;
            /** @description The version you read; a newer one means someone else changed it */
            version: number;
        };
        UpdateDepartmentDto: {
            /**
             * Format: uuid
             * @description The manager (a person)
             */
            managerPersonId?: string | null;
            name?: string;
            /**
             * Format: uuid
             * @description The department above (null: a top department)
             */
            parentId?: string | null;
            /** @description The version you read; a newer one means someone else changed it */
            version: number;
        };
        UpdateGuildDto: {
            name?: string;
            topic?: string;
            /** @description The version you read; a newer one means someone else changed it */
            version: number;
        };
        UpdateOrganisationDto: {
            kind?: components["schemas"]["OrganisationKind"];
            /**
             * @description Sum of a person's squad FTE shares
             * @default 1
             */
            maxFtePerPerson: number;
            /**
             * @description Members of a squad, product owner included
             * @default 9
             */
            maxSquadMembers: number;
            /**
             * @description Squads one person works in at once
             * @default 2
             */
            maxSquadsPerPerson: number;
            /**
             * @description People in a tribe
             * @default 150
             */
            maxTribePeople: number;
            name?: string;
            /** @description The version you read; a newer one means someone else changed it */
            version: number;
        };
        UpdatePersonDto: {
            email?: string;
            /** @example Customer journey expert */
            jobTitle?: string | null;
            name?: string;
            /**
             * Format: uuid
             * @description The user account
             */
            userId?: string | null;
            /** @description The version you read; a newer one means someone else changed it */
            version: number;
        };
        UpdateSquadDto: {
            /**
             * Format: uuid
             * @description The agile coach (a person; not a member)
             */
            agileCoachId?: string | null;
            mission?: string;
            name?: string;
            /**
             * Format: uuid
             * @description The product owner: must be a current member of the squad
             */
            productOwnerId?: string | null;
            /** @description The version you read; a newer one means someone else changed it */
            version: number;
        };
        UpdateTribeDto: {
            /** @description run (service) or change (experience) */
            kind?: components["schemas"]["TribeKind"];
            /**
             * Format: uuid
             * @description The tribe lead (a person)
             */
            leadPersonId?: string | null;
            name?: string;
            /** @description The goals of the tribe (doelen) */
            purpose?: string;
            /** @description The version you read; a newer one means someone else changed it */
            version: number;
        };
        UpdateUserDto: {
            displayName?: string;
            isActive?: boolean;
            locale?: components["schemas"]["Locale"];
            roles?: components["schemas"]["AppRole"][];
            /** @description The version you read; a newer one means someone else changed it */
            version: number;
        };
        UserDto: {
            /** Format: date-time */
            createdAt: string;
            displayName: string;
            email: string;
            /** @description False while an invitation is not yet accepted */
            hasPassword: boolean;
            /** Format: uuid */
            id: string;
            isActive: boolean;
            locale: components["schemas"]["Locale"];
            roles: components["schemas"]["AppRole"][];
            /** @description Send back on update (optimistic locking) */
            version: number;
        };
        WorkProcessDto: {
            /** @example De beginnend beroepsbeoefenaar: */
            actor?: string | null;
            behaviours: components["schemas"]["BehaviourDto"][];
            /** @example B1-K1-W1 */
            code: string;
            /** @description Underlying competences */
            competences: string[];
            description: string;
            result: string;
            title: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    Audit_search: {
        parameters: {
            query?: {
                entityId?: string;
                entityType?: string;
                from?: string;
                page?: number;
                pageSize?: number;
                to?: string;
                /** @description Who acted */
                userId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPageDto"];
                };
            };
        };
    };
    Auth_acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInvitationDto"];
            };
        };
        responses: {
            /** @description Password set; sign in with it */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid, used or expired link */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Auth_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            /** @description Signed in; the session cookie is set */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
            /** @description Wrong e-mail or password */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many failed attempts */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Auth_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out; the session is revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Auth_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
        };
    };
    Auth_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            /** @description Changed; every other session is ended */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Auth_confirmReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmPasswordResetDto"];
            };
        };
        responses: {
            /** @description Password set; every session of the user is ended */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid, used or expired link */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Auth_requestReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestPasswordResetDto"];
            };
        };
        responses: {
            /** @description The same answer whether the account exists or not */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Auth_setup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetupDto"];
            };
        };
        responses: {
            /** @description First admin created; sign in with it */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid, used or expired link */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Chapters_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Part of the name (case-insensitive) */
                q?: string;
                tribeId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChapterPageDto"];
                };
            };
        };
    };
    Chapters_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateChapterDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChapterDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Name taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Chapters_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChapterDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Chapters_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Still in use (members, parts or history) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Chapters_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateChapterDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChapterDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Changed by someone else meanwhile, or name taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Departments_list: {
        parameters: {
            query?: {
                organisationId?: string;
                page?: number;
                pageSize?: number;
                /** @description Only the departments directly under this one */
                parentId?: string;
                /** @description Part of the name (case-insensitive) */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentPageDto"];
                };
            };
        };
    };
    Departments_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDepartmentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Name taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Departments_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Departments_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Still in use (members, parts or history) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Departments_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDepartmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Changed by someone else meanwhile, or name taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Frameworks_list: {
        parameters: {
            query?: {
                family?: components["schemas"]["FrameworkFamily"];
                page?: number;
                pageSize?: number;
                /** @description Part of the code or title */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FrameworkListDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Frameworks_get: {
        parameters: {
            query?: {
                /** @description Version number; the latest when left out */
                version?: number;
            };
            header?: never;
            path: {
                /** @description Framework code */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FrameworkDetailDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Frameworks_diff: {
        parameters: {
            query: {
                from: number;
                to: number;
            };
            header?: never;
            path: {
                /** @description Framework code */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FrameworkDiffDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Frameworks_versions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Framework code */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FrameworkVersionDto"][];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    FrameworkImports_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["FrameworkImportRequestDto"];
            };
        };
        responses: {
            /** @description Queued */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnqueuedImportDto"];
                };
            };
            /** @description No file, an empty file or bad fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Larger than 5 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not a dossier (dossier_binary, dossier_not_a_dossier, dossier_truncated, …) or the code is missing or does not match */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Redis is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    FrameworkImports_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FrameworkImportDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Frameworks_search: {
        parameters: {
            query: {
                /** @description Only this framework */
                code?: string;
                limit?: number;
                /** @description Dutch search words; "quotes", OR and -minus as in web search */
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FrameworkSearchResultDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Guilds_list: {
        parameters: {
            query?: {
                organisationId?: string;
                page?: number;
                pageSize?: number;
                /** @description Part of the name (case-insensitive) */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GuildPageDto"];
                };
            };
        };
    };
    Guilds_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateGuildDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GuildDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Name taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Guilds_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GuildDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Guilds_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Still in use (members, parts or history) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Guilds_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateGuildDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GuildDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Changed by someone else meanwhile, or name taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Health_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PostgreSQL and Redis are reachable */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
            /** @description Names what is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
        };
    };
    Jobs_getStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                queue: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobStatusDto"];
                };
            };
            /** @description Unknown queue or job */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Memberships_list: {
        parameters: {
            query?: {
                /** @description Only memberships current today (ignored when date is given) */
                current?: boolean;
                /** @description Only memberships current on this day */
                date?: string;
                kind?: components["schemas"]["MembershipKind"];
                page?: number;
                pageSize?: number;
                personId?: string;
                /** @description Part of the name (case-insensitive) */
                q?: string;
                tribeId?: string;
                /** @description The squad, chapter, guild or department */
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipPageDto"];
                };
            };
        };
    };
    Memberships_start: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMembershipDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A limit is reached (squad_full, tribe_full, too_many_squads, fte_exceeded): details hold rule, unit, current and limit */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description An invalid state (membership_overlap, chapter_overlap, invalid_period, product_owner_must_stay_member, ...) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Memberships_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Memberships_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Memberships_end: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndMembershipDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Changed by someone else meanwhile */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description An invalid state (membership_overlap, chapter_overlap, invalid_period, product_owner_must_stay_member, ...) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Memberships_move: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveMembershipDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MoveResultDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A limit is reached (squad_full, tribe_full, too_many_squads, fte_exceeded): details hold rule, unit, current and limit */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description An invalid state (membership_overlap, chapter_overlap, invalid_period, product_owner_must_stay_member, ...) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    OrganisationImports_create: {
        parameters: {
            query: {
                /** @description `dry-run` checks and writes nothing; `commit` imports all rows or none */
                mode?: "dry-run" | "commit";
                /** @description The organisation the people join */
                organisationId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["OrganisationImportRequestDto"];
            };
        };
        responses: {
            /** @description Dry run, or a small file committed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationImportReportDto"];
                };
            };
            /** @description A large file queued */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnqueuedOrganisationImportDto"];
                };
            };
            /** @description No file, an empty file or bad parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No such organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Larger than 5 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description `import_rejected`: the file has problems; `details` is the report. Nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Redis is unavailable (large files) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    OrganisationImports_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationImportDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Organisations_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Part of the name (case-insensitive) */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationPageDto"];
                };
            };
        };
    };
    Organisations_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganisationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Name taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Organisations_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Organisations_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Still in use (members, parts or history) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Organisations_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganisationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Changed by someone else meanwhile, or name taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    People_list: {
        parameters: {
            query?: {
                /** @description Current members of this chapter */
                chapterId?: string;
                organisationId?: string;
                page?: number;
                pageSize?: number;
                /** @description Part of the name (case-insensitive) */
                q?: string;
                /** @description Current members of this squad */
                squadId?: string;
                /** @description People with a current membership in this tribe */
                tribeId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonPageDto"];
                };
            };
        };
    };
    People_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePersonDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonDto"];
                };
            };
            /** @description E-mail address or user account taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    People_detail: {
        parameters: {
            query?: {
                /** @description The day to look at (default: today) */
                date?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonDetailDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    People_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Has memberships or roles */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    People_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePersonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonDto"];
                };
            };
            /** @description Changed meanwhile, or e-mail/user taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Squads_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Part of the name (case-insensitive) */
                q?: string;
                tribeId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SquadPageDto"];
                };
            };
        };
    };
    Squads_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSquadDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SquadDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Name taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Squads_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SquadDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Squads_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Still in use (members, parts or history) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Squads_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSquadDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SquadDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Changed by someone else meanwhile, or name taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Squads_members: {
        parameters: {
            query?: {
                /** @description The day to look at (default: today) */
                date?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SquadMembersDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    System_info: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SystemInfoDto"];
                };
            };
        };
    };
    System_ping: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PingRequestDto"];
            };
        };
        responses: {
            /** @description Queued; follow it at /api/jobs/{queue}/{id} */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnqueuedJobDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Redis is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Tribes_list: {
        parameters: {
            query?: {
                kind?: components["schemas"]["TribeKind"];
                organisationId?: string;
                page?: number;
                pageSize?: number;
                /** @description Part of the name (case-insensitive) */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TribePageDto"];
                };
            };
        };
    };
    Tribes_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTribeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TribeDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Name taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Tribes_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TribeDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Tribes_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Still in use (members, parts or history) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Tribes_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTribeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TribeDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Changed by someone else meanwhile, or name taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Tribes_matrix: {
        parameters: {
            query?: {
                /** @description The day to look at (default: today) */
                date?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TribeMatrixDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Users_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"][];
                };
            };
        };
    };
    Users_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Users_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Changed by someone else meanwhile */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    Users_resetLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResetLinkDto"];
                };
            };
        };
    };
    Users_invite: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteUserDto"];
            };
        };
        responses: {
            /** @description Invited; hand over the link */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationDto"];
                };
            };
            /** @description E-mail address already in use */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
}

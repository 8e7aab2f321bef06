/* Generated from apps/api/openapi.json by `npm run openapi`. Do not edit. */
export interface paths {
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        EnqueuedJobDto: {
            /** @example 42 */
            id: string;
            queue: components["schemas"]["QueueName"];
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
            /** @enum {string} */
            redis: "up" | "down";
            /** @enum {string} */
            status: "ok" | "degraded";
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
        PingRequestDto: {
            /** @description Pause in the worker, in ms */
            delayMs?: number;
            /** @description Fail this many first attempts on purpose (to see retries) */
            failTimes?: number;
            /** @default ping */
            message: string;
        };
        /** @enum {string} */
        QueueName: "system";
        SystemInfoDto: {
            /** @enum {string} */
            defaultLocale: "nl" | "en";
            locales: ("nl" | "en")[];
            /** @example Tribeworks */
            name: string;
            /** @example 0.1.0 */
            version: string;
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
}

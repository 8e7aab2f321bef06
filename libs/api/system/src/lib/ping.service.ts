import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable } from '@nestjs/common';
import type { SystemPingPayload, SystemPingResult } from '@tribeworks/contracts';

export interface PingContext {
  attempt: number;
  reportProgress(percent: number): Promise<void>;
}

/** The round-trip job: proves api → queue → worker → result. */
@Injectable()
export class PingService {
  async ping(payload: SystemPingPayload, ctx: PingContext): Promise<SystemPingResult> {
    await ctx.reportProgress(10);
    if (payload.failTimes && ctx.attempt <= payload.failTimes) {
      throw new Error(`Failing attempt ${ctx.attempt} of ${payload.failTimes} on purpose`);
    }
    if (payload.delayMs) await sleep(payload.delayMs);
    await ctx.reportProgress(100);
    return {
      message: payload.message,
      processedBy: `${hostname()}:${process.pid}`,
      processedAt: new Date().toISOString(),
      attempt: ctx.attempt,
    };
  }
}

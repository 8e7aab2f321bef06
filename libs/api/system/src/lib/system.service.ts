import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { InjectVersion, JobQueues } from '@tribeworks/api-core';
import { DEFAULT_LOCALE, JobName, SUPPORTED_LOCALES, isLocale } from '@tribeworks/contracts';
import { In, Repository } from 'typeorm';
import { AppSetting } from './app-setting.entity';
import type { EnqueuedJobDto } from './dto/job.dto';
import type { PingRequestDto } from './dto/ping.dto';
import type { SystemInfoDto } from './dto/system-info.dto';
import { DEFAULT_SETTINGS } from './system.seeder';

@Injectable()
export class SystemService {
  constructor(
    @InjectRepository(AppSetting) private readonly settings: Repository<AppSetting>,
    private readonly queues: JobQueues,
    @InjectVersion() private readonly version: string,
  ) {}

  /** Instance name and languages: database only, answers while Redis is down. */
  async info(): Promise<SystemInfoDto> {
    const rows = await this.settings.findBy({
      key: In(['instance.name', 'instance.defaultLocale']),
    });
    const value = (key: string) => rows.find((r) => r.key === key)?.value ?? DEFAULT_SETTINGS[key];
    const name = value('instance.name');
    const locale = value('instance.defaultLocale');
    return {
      name: typeof name === 'string' ? name : 'Tribeworks',
      version: this.version,
      defaultLocale: isLocale(locale) ? locale : DEFAULT_LOCALE,
      locales: [...SUPPORTED_LOCALES],
    };
  }

  enqueuePing(body: PingRequestDto, requestedBy: string): Promise<EnqueuedJobDto> {
    return this.queues.enqueue(JobName.SystemPing, {
      requestedBy,
      message: body.message ?? 'ping',
      delayMs: body.delayMs,
      failTimes: body.failTimes,
    });
  }
}

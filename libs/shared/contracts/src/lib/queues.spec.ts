import { describe, expect, it } from 'vitest';
import { JOB_QUEUE, JobName, QueueName, isQueueName } from './queues';
import { isLocale } from './locales';

describe('queue contract', () => {
  it('assigns every job to an existing queue', () => {
    for (const job of Object.values(JobName)) {
      expect(Object.values(QueueName)).toContain(JOB_QUEUE[job]);
    }
  });

  it('keeps job names namespaced by their queue', () => {
    for (const job of Object.values(JobName)) {
      expect(job.startsWith(`${JOB_QUEUE[job]}.`)).toBe(true);
    }
  });

  it('recognises queue names and locales', () => {
    expect(isQueueName('system')).toBe(true);
    expect(isQueueName('System')).toBe(false);
    expect(isLocale('nl')).toBe(true);
    expect(isLocale('de')).toBe(false);
  });
});

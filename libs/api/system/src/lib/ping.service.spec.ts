import { describe, expect, it } from 'vitest';
import { PingService } from './ping.service';

describe('PingService', () => {
  const progress: number[] = [];
  const ctx = (attempt: number) => ({
    attempt,
    reportProgress: async (p: number) => {
      progress.push(p);
    },
  });

  it('echoes the message, names the process and reports progress to 100', async () => {
    progress.length = 0;
    const result = await new PingService().ping({ message: 'hallo', requestedBy: null }, ctx(1));
    expect(result.message).toBe('hallo');
    expect(result.processedBy).toMatch(new RegExp(`:${process.pid}$`));
    expect(result.attempt).toBe(1);
    expect(progress).toEqual([10, 100]);
  });

  it('fails the first attempts on request, then succeeds', async () => {
    const service = new PingService();
    await expect(
      service.ping({ message: 'x', failTimes: 2, requestedBy: null }, ctx(2)),
    ).rejects.toThrow('on purpose');
    await expect(
      service.ping({ message: 'x', failTimes: 2, requestedBy: null }, ctx(3)),
    ).resolves.toMatchObject({
      attempt: 3,
    });
  });
});

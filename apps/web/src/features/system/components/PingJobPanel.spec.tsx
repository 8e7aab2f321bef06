import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import i18n from '../../../i18n/i18n';
import { aJob, aSession, healthyApi, json } from '../../../test/fake-api';
import { renderApp } from '../../../test/render';

describe('PingJobPanel on the System page', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('queues a ping, follows the job until completed and shows the result', async () => {
    const states = [
      aJob({ state: 'waiting' }),
      aJob({ state: 'active', progress: 10, attemptsMade: 0 }),
      aJob({
        state: 'completed',
        progress: 100,
        attemptsMade: 1,
        finishedAt: '2025-01-01T10:00:01.000Z',
        result: {
          message: 'ping',
          processedBy: 'worker-host:4242',
          processedAt: '2025-01-01T10:00:01.000Z',
          attempt: 1,
        },
      }),
    ];
    const api = healthyApi(aSession('admin'))
      .on('POST', '/api/system/ping', () => json({ queue: 'system', id: '7' }, 202))
      .on('GET', '/api/jobs/:queue/:id', (_, params) =>
        params.queue === 'system' && params.id === '7'
          ? json(states.length > 1 ? states.shift() : states[0])
          : json({ code: 'job_not_found', message: 'no' }, 404),
      )
      .install();
    const user = userEvent.setup();
    renderApp('/system');

    await user.click(await screen.findByRole('button', { name: 'Run ping job' }));

    const job = await screen.findByTestId('ping-job');
    await waitFor(() => expect(job).toHaveAttribute('data-state', 'completed'), { timeout: 4000 });
    expect(within(job).getByTestId('job-state')).toHaveTextContent('Completed');
    expect(within(job).getByRole('progressbar', { name: 'Progress' })).toHaveAttribute(
      'aria-valuenow',
      '100',
    );
    expect(within(job).getByText('worker-host:4242')).toBeInTheDocument();
    expect(api.requests.find((r) => r.method === 'POST')?.body).toMatchObject({ message: 'ping' });
    expect(api.calls('GET', '/api/jobs/system/7')).toBe(3);
  });

  it('shows why a job failed', async () => {
    healthyApi(aSession('admin'))
      .on('POST', '/api/system/ping', () => json({ queue: 'system', id: '8' }, 202))
      .on('GET', '/api/jobs/:queue/:id', () =>
        json(aJob({ id: '8', state: 'failed', attemptsMade: 3, failedReason: 'Boom on purpose' })),
      )
      .install();
    const user = userEvent.setup();
    renderApp('/system');

    await user.click(await screen.findByRole('button', { name: 'Run ping job' }));

    expect(await screen.findByText('Boom on purpose')).toBeInTheDocument();
    expect(screen.getByTestId('job-state')).toHaveTextContent('Failed');
  });

  it('shows only the health details to someone who may not run jobs', async () => {
    healthyApi(aSession('chapter_lead')).install();
    renderApp('/system');
    expect(await screen.findByTestId('health-details')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Run ping job' })).not.toBeInTheDocument();
  });

  it('explains, by error code, when the queue is unavailable', async () => {
    healthyApi(aSession('admin'))
      .on('POST', '/api/system/ping', () =>
        json({ code: 'queue_unavailable', message: 'Redis down', requestId: 'req-1' }, 503),
      )
      .install();
    const user = userEvent.setup();
    renderApp('/system');

    await user.click(await screen.findByRole('button', { name: 'Run ping job' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The job queue (Redis) is unavailable.');
    expect(alert).toHaveTextContent('Request id: req-1');
  });
});

import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '../../../i18n/i18n';
import {
  FakeApi,
  aDegradedHealth,
  aHealth,
  aSystemInfo,
  json,
  networkError,
  never,
} from '../../../test/fake-api';
import { renderApp } from '../../../test/render';

function indicator(): HTMLElement {
  return screen.getByTestId('health-indicator');
}

function apiAnsweringHealth(answer: () => Response | Promise<Response>): FakeApi {
  return new FakeApi()
    .on('GET', '/api/system/info', () => json(aSystemInfo()))
    .on('GET', '/api/health', answer)
    .install();
}

describe('HealthIndicator', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('is grey and says it is checking while the first answer is on its way', () => {
    apiAnsweringHealth(never);
    renderApp();
    expect(indicator()).toHaveAttribute('data-status', 'loading');
    expect(indicator()).toHaveTextContent('Status controleren…');
  });

  it('turns green when the database and Redis are up', async () => {
    apiAnsweringHealth(() => json(aHealth()));
    renderApp();
    await waitFor(() => expect(indicator()).toHaveAttribute('data-status', 'ok'));
    expect(indicator()).toHaveTextContent('Alle diensten werken');
    expect(indicator()).toHaveAccessibleName('Systeemstatus: Alle diensten werken');
  });

  it('turns red and names Redis when the API answers 503 with Redis down', async () => {
    apiAnsweringHealth(() => json(aDegradedHealth(['redis']), 503));
    renderApp();
    await waitFor(() => expect(indicator()).toHaveAttribute('data-status', 'degraded'));
    expect(indicator()).toHaveTextContent('Redis onbereikbaar');
  });

  it('names both services when both are down', async () => {
    apiAnsweringHealth(() => json(aDegradedHealth(['db', 'redis']), 503));
    renderApp();
    await waitFor(() => expect(indicator()).toHaveTextContent('Database en Redis onbereikbaar'));
  });

  it('is grey and says the API is unreachable when the request fails', async () => {
    apiAnsweringHealth(networkError);
    renderApp();
    await waitFor(() => expect(indicator()).toHaveAttribute('data-status', 'unreachable'));
    expect(indicator()).toHaveTextContent('API onbereikbaar');
  });

  it('is unreachable, not degraded, when a 503 carries no health body (e.g. a proxy page)', async () => {
    apiAnsweringHealth(() => new Response('<h1>Bad gateway</h1>', { status: 503 }));
    renderApp();
    await waitFor(() => expect(indicator()).toHaveAttribute('data-status', 'unreachable'));
  });

  it('polls every 10 seconds and follows a change from ok to degraded', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let health = aHealth();
    const api = apiAnsweringHealth(() => json(health, health.status === 'ok' ? 200 : 503));
    renderApp();
    await waitFor(() => expect(indicator()).toHaveAttribute('data-status', 'ok'));
    const callsBefore = api.calls('GET', '/api/health');

    health = aDegradedHealth(['db']);
    await vi.advanceTimersByTimeAsync(10_000);

    await waitFor(() => expect(indicator()).toHaveAttribute('data-status', 'degraded'));
    expect(indicator()).toHaveTextContent('Database onbereikbaar');
    expect(api.calls('GET', '/api/health')).toBe(callsBefore + 1);
  });

  it('speaks English when the language is English', async () => {
    await i18n.changeLanguage('en');
    apiAnsweringHealth(() => json(aDegradedHealth(['redis']), 503));
    renderApp();
    await waitFor(() => expect(indicator()).toHaveTextContent('Redis unreachable'));
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ApiSchema } from '@tribeworks/contracts';
import { beforeEach, describe, expect, it } from 'vitest';
import i18n from '../../../i18n/i18n';
import { aSession, aUser, healthyApi, json } from '../../../test/fake-api';
import { renderApp } from '../../../test/render';

type AuditEntry = ApiSchema<'AuditEntryDto'>;

const hr = aSession('hr');
const nina = aUser({ displayName: 'Nina New', email: 'nina@tribeworks.test' });

function anEntry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    id: '1',
    at: '2025-03-01T09:30:00.000Z',
    action: 'update',
    entityType: 'User',
    entityId: nina.id,
    actorUserId: hr.user.id,
    actorEmail: 'admin@tribeworks.test',
    changes: {},
    requestId: 'req-1',
    ip: '127.0.0.1',
    ...overrides,
  };
}

describe('Administration → Audit log', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('lists entries with who, what and which fields changed, expandable to before → after', async () => {
    healthyApi(hr)
      .on('GET', '/api/users', () => json([hr.user, nina]))
      .on('GET', '/api/audit', () =>
        json({
          items: [
            anEntry({
              id: '2',
              changes: {
                roles: { before: ['member'] as never, after: ['member', 'hr'] as never },
                isActive: { before: true as never, after: false as never },
              },
            }),
            anEntry({ id: '1', action: 'create', changes: {} }),
          ],
          total: 2,
          page: 1,
          pageSize: 25,
        }),
      )
      .install();
    const user = userEvent.setup();
    renderApp('/admin/audit');

    const rows = await screen.findAllByTestId('audit-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('admin@tribeworks.test');
    expect(rows[0]).toHaveTextContent('Updated');
    // A user entity is named by its e-mail address.
    expect(rows[0]).toHaveTextContent('nina@tribeworks.test');

    const toggle = within(rows[0]!).getByRole('button', { name: /2 fields/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const changes = screen.getByRole('table', { name: 'Changes to User' });
    expect(within(changes).getByRole('row', { name: /Roles/ })).toHaveTextContent(
      'Member→Member, HR',
    );
    expect(within(changes).getByRole('row', { name: /Active/ })).toHaveTextContent('yes→no');
  });

  it('sends the filters to the API and starts again at page 1', async () => {
    const api = healthyApi(hr)
      .on('GET', '/api/users', () => json([hr.user, nina]))
      .on('GET', '/api/audit', () => json({ items: [anEntry()], total: 60, page: 1, pageSize: 25 }))
      .install();
    const user = userEvent.setup();
    renderApp('/admin/audit');

    await screen.findAllByTestId('audit-row');
    await user.click(screen.getByRole('button', { name: 'Page 2' }));
    await waitFor(() => expect(api.requests.at(-1)?.search).toContain('page=2'));

    await user.type(screen.getByLabelText('Entity id'), nina.id);
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    await waitFor(() => {
      const query = new URLSearchParams(api.requests.at(-1)?.search);
      expect(query.get('entityId')).toBe(nina.id);
      expect(query.get('page')).toBe('1');
      expect(query.get('pageSize')).toBe('25');
    });
  });

  it('says so when nothing matches', async () => {
    healthyApi(hr)
      .on('GET', '/api/users', () => json([hr.user]))
      .on('GET', '/api/audit', () => json({ items: [], total: 0, page: 1, pageSize: 25 }))
      .install();
    renderApp('/admin/audit');
    expect(await screen.findByTestId('audit-empty')).toHaveTextContent(
      'No events found for these filters.',
    );
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import i18n from '../../../i18n/i18n';
import { aSession, aUser, healthyApi, json } from '../../../test/fake-api';
import { renderApp } from '../../../test/render';

const admin = aSession('admin');
const invited = aUser({
  displayName: 'Ivo Invited',
  email: 'ivo@tribeworks.test',
  hasPassword: false,
});
const gone = aUser({ displayName: 'Gina Gone', email: 'gina@tribeworks.test', isActive: false });
const colleague = aUser({
  displayName: 'Cor Colleague',
  email: 'cor@tribeworks.test',
  roles: ['chapter_lead', 'member'],
  version: 3,
});

function rowOf(email: string): HTMLElement {
  const row = screen.getAllByTestId('user-row').find((r) => r.getAttribute('data-email') === email);
  if (!row) throw new Error(`No row for ${email}`);
  return row;
}

describe('Administration → Users', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('lists users with roles as badges and their status', async () => {
    healthyApi(admin)
      .on('GET', '/api/users', () => json([admin.user, colleague, invited, gone]))
      .install();
    renderApp('/admin/users');

    await screen.findByTestId('users-table');
    expect(within(rowOf(colleague.email)).getByText('Chapter lead')).toBeInTheDocument();
    expect(rowOf(colleague.email)).toHaveTextContent('Active');
    expect(rowOf(invited.email)).toHaveTextContent('Invited');
    expect(rowOf(gone.email)).toHaveTextContent('Deactivated');
  });

  it('invites a user and shows the invitation link with a copy button', async () => {
    const invitationUrl = 'http://localhost:3000/invitation?token=abc123';
    const api = healthyApi(admin)
      .on('GET', '/api/users', () => json([admin.user]))
      .on('POST', '/api/users/invitations', async (request) => {
        const body = (await request.clone().json()) as { email: string; displayName: string };
        return json(
          { user: aUser({ ...body, hasPassword: false, roles: ['member', 'hr'] }), invitationUrl },
          201,
        );
      })
      .install();
    const user = userEvent.setup();
    renderApp('/admin/users');

    await user.click(await screen.findByRole('button', { name: 'Invite user' }));
    const dialog = await screen.findByRole('dialog', { name: 'Invite user' });
    await user.type(within(dialog).getByLabelText(/E-mail address/), 'nina@tribeworks.test');
    await user.type(within(dialog).getByLabelText(/^Name/), 'Nina New');
    await user.click(within(dialog).getByRole('textbox', { name: /Roles/ }));
    await user.click(await within(dialog).findByRole('option', { name: 'HR' }));
    await user.click(within(dialog).getByRole('button', { name: 'Invite' }));

    expect(await within(dialog).findByTestId('invitation-url')).toHaveValue(invitationUrl);
    expect(within(dialog).getByRole('button', { name: 'Copy' })).toBeInTheDocument();
    expect(within(dialog).getByRole('status')).toHaveTextContent('Nina New has been invited.');
    expect(api.requests.find((r) => r.path === '/api/users/invitations')?.body).toEqual({
      email: 'nina@tribeworks.test',
      displayName: 'Nina New',
      roles: ['member', 'hr'],
      locale: 'en',
    });
    // The list is read again.
    await waitFor(() => expect(api.calls('GET', '/api/users')).toBe(2));
  });

  it('says so when the e-mail address is taken', async () => {
    healthyApi(admin)
      .on('GET', '/api/users', () => json([admin.user]))
      .on('POST', '/api/users/invitations', () =>
        json({ code: 'email_taken', message: 'taken' }, 409),
      )
      .install();
    const user = userEvent.setup();
    renderApp('/admin/users');

    await user.click(await screen.findByRole('button', { name: 'Invite user' }));
    const dialog = await screen.findByRole('dialog', { name: 'Invite user' });
    await user.type(within(dialog).getByLabelText(/E-mail address/), admin.user.email);
    await user.type(within(dialog).getByLabelText(/^Name/), 'Again');
    await user.click(within(dialog).getByRole('button', { name: 'Invite' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'A user with this e-mail address already exists.',
    );
  });

  it('edits roles with the version read, and asks to reload when someone else was first', async () => {
    const api = healthyApi(admin)
      .on('GET', '/api/users', () => json([admin.user, colleague]))
      .on('PATCH', '/api/users/:id', () =>
        json({ code: 'stale_version', message: 'changed by someone else' }, 409),
      )
      .install();
    const user = userEvent.setup();
    renderApp('/admin/users');

    await screen.findByTestId('users-table');
    await user.click(
      within(rowOf(colleague.email)).getByRole('button', { name: 'Actions for Cor Colleague' }),
    );
    await user.click(await screen.findByRole('menuitem', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Cor Colleague' });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Someone else changed this user in the meantime.',
    );
    expect(api.requests.find((r) => r.method === 'PATCH')).toMatchObject({
      path: `/api/users/${colleague.id}`,
      body: { version: 3, roles: ['chapter_lead', 'member'] },
    });
    await user.click(within(dialog).getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect(api.calls('GET', '/api/users')).toBe(2));
  });

  it('deactivates a user after confirmation', async () => {
    const api = healthyApi(admin)
      .on('GET', '/api/users', () => json([admin.user, colleague]))
      .on('PATCH', '/api/users/:id', () => json({ ...colleague, isActive: false, version: 4 }))
      .install();
    const user = userEvent.setup();
    renderApp('/admin/users');

    await screen.findByTestId('users-table');
    await user.click(within(rowOf(colleague.email)).getByRole('button', { name: /Actions for/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'Deactivate' }));
    const dialog = await screen.findByRole('dialog', { name: 'Deactivate Cor Colleague' });
    await user.click(within(dialog).getByRole('button', { name: 'Deactivate' }));

    await waitFor(() =>
      expect(api.requests.find((r) => r.method === 'PATCH')?.body).toEqual({
        version: 3,
        isActive: false,
      }),
    );
  });

  it('creates a reset link to hand over', async () => {
    healthyApi(admin)
      .on('GET', '/api/users', () => json([admin.user, colleague]))
      .on('POST', '/api/users/:id/password-reset', () =>
        json({ resetUrl: 'http://localhost:3000/reset-password?token=r1' }),
      )
      .install();
    const user = userEvent.setup();
    renderApp('/admin/users');

    await screen.findByTestId('users-table');
    await user.click(within(rowOf(colleague.email)).getByRole('button', { name: /Actions for/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'Create reset link' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reset link for Cor Colleague' });
    await user.click(within(dialog).getByRole('button', { name: 'Create link' }));
    expect(await within(dialog).findByTestId('reset-url')).toHaveValue(
      'http://localhost:3000/reset-password?token=r1',
    );
  });

  it('shows HR the list read-only', async () => {
    healthyApi(aSession('hr'))
      .on('GET', '/api/users', () => json([admin.user, colleague]))
      .install();
    renderApp('/admin/users');

    await screen.findByTestId('users-table');
    expect(screen.queryByRole('button', { name: 'Invite user' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Actions for/ })).not.toBeInTheDocument();
  });

  it('tells a member the page is not for them', async () => {
    const api = healthyApi(aSession('member')).install();
    renderApp('/admin/users');
    expect(await screen.findByRole('heading', { level: 1, name: 'No access' })).toBeInTheDocument();
    expect(api.calls('GET', '/api/users')).toBe(0);
  });
});

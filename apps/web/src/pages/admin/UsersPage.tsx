import { Button, Group, Loader, Modal } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorRequestId, errorText } from '../../api/error-text';
import { useSession } from '../../features/auth/hooks/useSession';
import { can } from '../../features/auth/permissions';
import type { User } from '../../features/users/api/users.api';
import { ActivationForm, EditUserForm } from '../../features/users/components/EditUserForm';
import { InviteUserForm } from '../../features/users/components/InviteUserForm';
import { ResetLinkPanel } from '../../features/users/components/ResetLinkPanel';
import { type UserAction, UsersTable } from '../../features/users/components/UsersTable';
import { useUsers } from '../../features/users/hooks/useUsers';
import { ErrorAlert, PageTitle } from '../../ui';

type Dialog = { kind: 'invite' } | { kind: UserAction; user: User } | undefined;

export function UsersPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const users = useUsers();
  const [dialog, setDialog] = useState<Dialog>();
  const canInvite = can(session, 'create', 'User');
  const canEdit = can(session, 'update', 'User');
  const close = () => setDialog(undefined);
  const requestId = errorRequestId(users.error);

  return (
    <>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <PageTitle
          title={t('users.title')}
          intro={canEdit ? t('users.intro') : t('users.introReadOnly')}
        />
        {canInvite ? (
          <Button onClick={() => setDialog({ kind: 'invite' })}>{t('users.invite.title')}</Button>
        ) : null}
      </Group>

      {users.isPending ? (
        <Loader aria-label={t('users.loading')} />
      ) : users.isError ? (
        <ErrorAlert detail={requestId ? t('errors.requestId', { id: requestId }) : undefined}>
          {errorText(t, users.error)}
        </ErrorAlert>
      ) : (
        <UsersTable
          users={users.data}
          currentUserId={session?.user.id}
          onAction={canEdit ? (kind, user) => setDialog({ kind, user }) : undefined}
        />
      )}

      <Modal
        opened={dialog !== undefined}
        onClose={close}
        title={dialog ? dialogTitle(t, dialog) : undefined}
        size="lg"
        centered
      >
        {dialog?.kind === 'invite' ? <InviteUserForm onDone={close} /> : null}
        {dialog?.kind === 'edit' ? <EditUserForm user={dialog.user} onDone={close} /> : null}
        {dialog?.kind === 'activation' ? (
          <ActivationForm user={dialog.user} onDone={close} />
        ) : null}
        {dialog?.kind === 'resetLink' ? <ResetLinkPanel user={dialog.user} onDone={close} /> : null}
      </Modal>
    </>
  );
}

function dialogTitle(t: ReturnType<typeof useTranslation>['t'], dialog: NonNullable<Dialog>) {
  switch (dialog.kind) {
    case 'invite':
      return t('users.invite.title');
    case 'edit':
      return t('users.edit.title', { name: dialog.user.displayName });
    case 'activation':
      return dialog.user.isActive
        ? t('users.deactivate.title', { name: dialog.user.displayName })
        : t('users.reactivate.title', { name: dialog.user.displayName });
    case 'resetLink':
      return t('users.resetLink.title', { name: dialog.user.displayName });
  }
}

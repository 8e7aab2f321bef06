import type { RouteObject } from 'react-router';
import { RequirePermission } from '../features/auth/components/RequirePermission';
import { RequireSession } from '../features/auth/components/RequireSession';
import { AuditPage } from '../pages/admin/AuditPage';
import { UsersPage } from '../pages/admin/UsersPage';
import { ForgotPasswordPage } from '../pages/ForgotPasswordPage';
import { HomePage } from '../pages/HomePage';
import { InvitationPage } from '../pages/InvitationPage';
import { LoginPage } from '../pages/LoginPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { ResetPasswordPage } from '../pages/ResetPasswordPage';
import { SetupPage } from '../pages/SetupPage';
import { SystemPage } from '../pages/SystemPage';
import { AppLayout } from './AppLayout';

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      // Public: reachable without a session.
      { path: 'login', element: <LoginPage /> },
      { path: 'forgot-password', element: <ForgotPasswordPage /> },
      { path: 'invitation', element: <InvitationPage /> },
      { path: 'reset-password', element: <ResetPasswordPage /> },
      { path: 'setup', element: <SetupPage /> },
      // Everything else needs a session.
      {
        element: <RequireSession />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'system', element: <SystemPage /> },
          {
            path: 'admin/users',
            element: <RequirePermission action="read" subject="User" />,
            children: [{ index: true, element: <UsersPage /> }],
          },
          {
            path: 'admin/audit',
            element: <RequirePermission action="read" subject="AuditLog" />,
            children: [{ index: true, element: <AuditPage /> }],
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

import type { RouteObject } from 'react-router';
import { RequirePermission } from '../features/auth/components/RequirePermission';
import { RequireSession } from '../features/auth/components/RequireSession';
import { AuditPage } from '../pages/admin/AuditPage';
import { UsersPage } from '../pages/admin/UsersPage';
import { ForgotPasswordPage } from '../pages/ForgotPasswordPage';
import { FrameworkDiffPage } from '../pages/FrameworkDiffPage';
import { FrameworkImportPage } from '../pages/FrameworkImportPage';
import { FrameworkPage } from '../pages/FrameworkPage';
import { FrameworkSearchPage } from '../pages/FrameworkSearchPage';
import { FrameworksPage } from '../pages/FrameworksPage';
import { HomePage } from '../pages/HomePage';
import { InvitationPage } from '../pages/InvitationPage';
import { LoginPage } from '../pages/LoginPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { ChapterPage } from '../pages/org/ChapterPage';
import { DepartmentsPage } from '../pages/org/DepartmentsPage';
import { GuildPage } from '../pages/org/GuildPage';
import { OrganisationSettingsPage } from '../pages/org/OrganisationSettingsPage';
import { OrgPage } from '../pages/org/OrgPage';
import { PeopleImportPage } from '../pages/org/PeopleImportPage';
import { PersonPage } from '../pages/org/PersonPage';
import { SquadPage } from '../pages/org/SquadPage';
import { TribePage } from '../pages/org/TribePage';
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
          { path: 'frameworks', element: <FrameworksPage /> },
          { path: 'frameworks/search', element: <FrameworkSearchPage /> },
          {
            path: 'frameworks/import',
            element: <RequirePermission action="import" subject="Framework" />,
            children: [{ index: true, element: <FrameworkImportPage /> }],
          },
          { path: 'frameworks/:code', element: <FrameworkPage /> },
          { path: 'frameworks/:code/diff', element: <FrameworkDiffPage /> },
          { path: 'org', element: <OrgPage /> },
          { path: 'org/tribes/:id', element: <TribePage /> },
          { path: 'org/squads/:id', element: <SquadPage /> },
          { path: 'org/chapters/:id', element: <ChapterPage /> },
          { path: 'org/guilds/:id', element: <GuildPage /> },
          { path: 'org/people/:id', element: <PersonPage /> },
          { path: 'org/departments', element: <DepartmentsPage /> },
          {
            path: 'org/import',
            element: <RequirePermission action="create" subject="Person" />,
            children: [{ index: true, element: <PeopleImportPage /> }],
          },
          {
            path: 'org/settings',
            element: <RequirePermission action="update" subject="Organisation" />,
            children: [{ index: true, element: <OrganisationSettingsPage /> }],
          },
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

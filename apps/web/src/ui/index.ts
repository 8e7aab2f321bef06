export { AuthCard } from './AuthCard';
export { CopyableLink, type CopyableLinkProps } from './CopyableLink';
export { ErrorAlert, type ErrorAlertProps } from './ErrorAlert';
export { PageTitle } from './PageTitle';
export { SkipLink, type SkipLinkProps } from './SkipLink';

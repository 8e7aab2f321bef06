export { ErrorAlert, type ErrorAlertProps } from './ErrorAlert';
export { PageTitle } from './PageTitle';
export { SkipLink, type SkipLinkProps } from './SkipLink';

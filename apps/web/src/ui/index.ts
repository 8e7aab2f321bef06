export { AuthCard } from './AuthCard';
export { CopyableLink, type CopyableLinkProps } from './CopyableLink';
export { ErrorAlert, type ErrorAlertProps } from './ErrorAlert';
export { FileDropZone, type FileDropZoneProps } from './FileDropZone';
export { JobProgress, type JobProgressProps, type JobProgressTestIds } from './JobProgress';
export { PageTitle } from './PageTitle';
export { SkipLink, type SkipLinkProps } from './SkipLink';

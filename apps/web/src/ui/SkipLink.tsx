import classes from './SkipLink.module.css';

export interface SkipLinkProps {
  /** The id of the main content element (it needs tabIndex={-1}). */
  targetId: string;
  children: string;
}

/** The first stop for keyboard users: jumps past the header and navigation. */
export function SkipLink({ targetId, children }: SkipLinkProps) {
  return (
    <a className={classes.link} href={`#${targetId}`}>
      {children}
    </a>
  );
}

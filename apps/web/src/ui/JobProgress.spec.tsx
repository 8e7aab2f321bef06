import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderUi } from '../test/render';
import { JobProgress, type JobProgressProps } from './JobProgress';

function progress(overrides: Partial<JobProgressProps> = {}) {
  return (
    <JobProgress
      state="running"
      title="State"
      stateLabel="Reading"
      color="blue"
      caption="people.csv"
      progress={40}
      progressLabel="Import progress"
      finished={false}
      outcome={<p>All 12 people imported</p>}
      testIds={{ status: 'job', state: 'job-state', progress: 'job-progress' }}
      {...overrides}
    />
  );
}

describe('JobProgress', () => {
  it('shows the state and the progress, and keeps the outcome back while the job runs', () => {
    renderUi(progress());
    expect(screen.getByTestId('job')).toHaveAttribute('data-state', 'running');
    expect(screen.getByText('State:')).toBeVisible();
    expect(screen.getByTestId('job-state')).toHaveTextContent('Reading');
    expect(screen.getByText('people.csv')).toBeVisible();
    expect(screen.getByRole('progressbar', { name: 'Import progress' })).toHaveAttribute(
      'aria-valuenow',
      '40',
    );
    expect(screen.queryByText('All 12 people imported')).not.toBeInTheDocument();
  });

  it('announces the outcome once the job is finished', () => {
    const { rerender } = renderUi(progress());
    rerender(progress({ state: 'completed', stateLabel: 'Done', progress: 100, finished: true }));
    const outcome = screen.getByText('All 12 people imported');
    expect(outcome.closest('[aria-live="polite"]')).not.toBeNull();
    expect(screen.getByTestId('job')).toHaveAttribute('data-state', 'completed');
  });

  it('keeps the bar within 0 to 100', () => {
    renderUi(progress({ progress: 140 }));
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
  });
});

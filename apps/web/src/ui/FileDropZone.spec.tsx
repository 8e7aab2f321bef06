import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderUi } from '../test/render';
import { FileDropZone } from './FileDropZone';

const aFile = (name = 'people.csv') => new File(['name\nAnn\n'], name, { type: 'text/csv' });

function renderZone(onFile = vi.fn()) {
  renderUi(
    <>
      <label htmlFor="upload">CSV file</label>
      <FileDropZone
        id="upload"
        accept=".csv"
        onFile={onFile}
        caption="Or drop it here"
        data-testid="dropzone"
        captionTestId="caption"
      />
    </>,
  );
  return onFile;
}

describe('FileDropZone', () => {
  it('hands a chosen file to onFile, through the labelled input', async () => {
    const onFile = renderZone();
    const input = screen.getByLabelText('CSV file');
    expect(input).toHaveAttribute('accept', '.csv');
    const file = aFile();
    await userEvent.setup().upload(input, file);
    expect(onFile).toHaveBeenCalledWith(file);
    expect(screen.getByTestId('caption')).toHaveTextContent('Or drop it here');
  });

  it('hands a dropped file to onFile, and ignores a drop without one', () => {
    const onFile = renderZone();
    const zone = screen.getByTestId('dropzone');
    const file = aFile('dropped.csv');
    fireEvent.dragOver(zone, { dataTransfer: { files: [file] } });
    fireEvent.drop(zone, { dataTransfer: { files: [file] } });
    expect(onFile).toHaveBeenCalledExactlyOnceWith(file);

    fireEvent.drop(zone, { dataTransfer: { files: [] } });
    expect(onFile).toHaveBeenCalledTimes(1);
  });

  it('marks the input invalid only when told to', () => {
    const { rerender } = renderUi(
      <FileDropZone id="f" accept=".txt" onFile={vi.fn()} caption="" invalid />,
    );
    expect(document.getElementById('f')).toHaveAttribute('aria-invalid', 'true');
    rerender(<FileDropZone id="f" accept=".txt" onFile={vi.fn()} caption="" />);
    expect(document.getElementById('f')).not.toHaveAttribute('aria-invalid');
  });
});

import { fireEvent, screen, within } from '@testing-library/react';
import { ApiError } from '../../api/api-error';
import { anError } from '../../test/factories';
import { renderWithProviders } from '../../test/render';
import { ConfirmDialog } from './ConfirmDialog';

function openDialog({ opened = true, error = null as unknown } = {}) {
  const onConfirm = vi.fn();
  const onClose = vi.fn();
  renderWithProviders(
    <ConfirmDialog
      opened={opened}
      title="Delete file"
      text="Delete “Protokol.pdf”? This cannot be undone."
      confirmLabel="Delete"
      danger
      pending={false}
      error={error}
      onConfirm={onConfirm}
      onClose={onClose}
    />,
  );
  return { onConfirm, onClose };
}

describe('the confirm dialog', () => {
  it('says what will happen and takes the step only when confirmed', () => {
    const { onConfirm, onClose } = openDialog();
    const dialog = screen.getByRole('dialog', { name: 'Delete file' });

    expect(within(dialog).getByText('Delete “Protokol.pdf”? This cannot be undone.')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onConfirm).not.toHaveBeenCalled();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });

  it('says why the last try failed', () => {
    openDialog({ error: new ApiError(403, anError(403, 'FORBIDDEN')) });

    expect(within(screen.getByRole('dialog')).getByRole('alert')).toBeTruthy();
  });

  it('shows nothing while closed', () => {
    openDialog({ opened: false });

    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

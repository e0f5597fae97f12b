import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { z } from 'zod';
import { ApiError } from '../../api/api-error';
import { anError } from '../../test/factories';
import { renderWithProviders } from '../../test/render';
import { CommentDialog } from './CommentDialog';

function openDialog(overrides: { error?: unknown } = {}) {
  const onConfirm = vi.fn();
  const onClose = vi.fn();
  renderWithProviders(
    <CommentDialog
      opened
      title="Decline on behalf of DCB"
      label="Reason for declining"
      description="The researcher and the secretariat see it."
      rule={z.string().trim().max(20)}
      confirmLabel="Decline"
      danger
      pending={false}
      error={overrides.error ?? null}
      onConfirm={onConfirm}
      onClose={onClose}
    />,
  );
  return { onConfirm, onClose, dialog: screen.getByRole('dialog', { name: /Decline on behalf/ }) };
}

describe('the comment dialog', () => {
  it('does not take the step without a comment, and sends the comment once given', async () => {
    const { dialog, onConfirm } = openDialog();
    const comment = within(dialog).getByLabelText(/Reason for declining/);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Decline' }));
    await waitFor(() => expect(comment.getAttribute('aria-invalid')).toBe('true'));
    expect(onConfirm).not.toHaveBeenCalled();

    fireEvent.change(comment, { target: { value: 'No such samples' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Decline' }));
    await waitFor(() => expect(onConfirm).toHaveBeenCalledWith('No such samples'));
  });

  it("applies the contract's rule for the comment", async () => {
    const { dialog, onConfirm } = openDialog();
    const comment = within(dialog).getByLabelText(/Reason for declining/);

    fireEvent.change(comment, { target: { value: 'x'.repeat(21) } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Decline' }));

    await waitFor(() => expect(comment.getAttribute('aria-invalid')).toBe('true'));
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('says why the last try failed, and can be cancelled', () => {
    const { dialog, onClose } = openDialog({
      error: new ApiError(409, anError(409, 'VERSION_CONFLICT')),
    });

    expect(within(dialog).getByRole('alert')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalled();
  });
});

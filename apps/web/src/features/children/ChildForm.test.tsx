import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { ChildForm } from './ChildForm';
import { emptyChildFormValues, type ChildFormValues } from './child-form-values';
import { VILLAGE_OPTIONS_QUERY } from './useVillageOptions';

const communes = [{ id: 'c1', name: 'Xã Bình Lư' }];

const villageMock = {
  request: { query: VILLAGE_OPTIONS_QUERY, variables: { communeId: 'c1' } },
  result: { data: { adminUnits: [{ __typename: 'AdminUnit', id: 'v1', name: 'Bản Nà Khum' }] } },
  maxUsageCount: 10,
};

const filled: ChildFormValues = {
  ...emptyChildFormValues({ communeId: 'c1', villageId: null }),
  fullName: 'Lò Thị Mai',
  dateOfBirth: '2016-05-04',
  sex: 'FEMALE',
  personalId: '012345678901',
  caregivers: [{ fullName: 'Lò Văn Tâm', relationship: 'Bố', birthYear: '1985', phone: '' }],
};

// The text Mantine links to an input through aria-describedby: its description and its error.
const descriptionOf = (input: HTMLElement): string =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

describe('ChildForm', () => {
  it('shows each server field error under its own input', async () => {
    const onSubmit = vi.fn().mockResolvedValue({
      personalId: 'Số định danh cá nhân này đã được dùng cho trẻ khác.',
      'input.fullName': 'Tối đa 200 ký tự.',
      'caregivers.0.fullName': 'Không được để trống.',
    });
    renderWithProviders(<ChildForm mode="create" initialValues={filled} communes={communes} onSubmit={onSubmit} />, [
      villageMock,
    ]);

    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));

    const personalId = screen.getByRole('textbox', { name: 'Số định danh cá nhân' });
    await waitFor(() => expect(personalId.getAttribute('aria-invalid')).toBe('true'));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(descriptionOf(personalId)).toContain('Số định danh cá nhân này đã được dùng cho trẻ khác.');

    const fullName = screen.getByRole('textbox', { name: 'Họ và tên' });
    expect(descriptionOf(fullName)).toContain('Tối đa 200 ký tự.');
    expect(descriptionOf(fullName)).not.toContain('Số định danh');

    const caregiverName = screen.getByRole('textbox', { name: 'Tên người chăm sóc' });
    expect(descriptionOf(caregiverName)).toContain('Không được để trống.');

    // Fields the server did not complain about stay clean.
    expect(screen.getByRole('textbox', { name: 'Địa chỉ' }).getAttribute('aria-invalid')).not.toBe('true');
  });

  it('reads a typed dd/MM/yyyy birth date and submits it as YYYY-MM-DD', async () => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    renderWithProviders(
      <ChildForm
        mode="create"
        initialValues={{ ...filled, dateOfBirth: null }}
        communes={communes}
        onSubmit={onSubmit}
      />,
      [villageMock],
    );

    const dob = screen.getByRole('textbox', { name: 'Ngày sinh' });
    fireEvent.focus(dob);
    fireEvent.change(dob, { target: { value: '07/03/2015' } });
    fireEvent.blur(dob);
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    const submitted = onSubmit.mock.calls[0]?.[0] as ChildFormValues;
    expect(submitted.dateOfBirth).toBe('2015-03-07');
    expect(submitted.communeId).toBe('c1');
  });

  it('does not submit before the required fields and the personal ID are valid', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(
      <ChildForm
        mode="create"
        initialValues={{ ...emptyChildFormValues({ communeId: null, villageId: null }), personalId: '12345' }}
        communes={communes}
        onSubmit={onSubmit}
      />,
    );

    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));

    const fullName = screen.getByRole('textbox', { name: 'Họ và tên' });
    await waitFor(() => expect(descriptionOf(fullName)).toContain('Không được để trống.'));
    expect(descriptionOf(screen.getByRole('textbox', { name: 'Số định danh cá nhân' }))).toContain(
      'Số định danh cá nhân gồm đúng 12 chữ số.',
    );
    expect(onSubmit).not.toHaveBeenCalled();
  });
});

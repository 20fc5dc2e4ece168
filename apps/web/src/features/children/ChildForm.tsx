import { ETHNIC_GROUPS, Sex } from '@cp/schema';
import { Button, Checkbox, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { DateInput, DatesProvider } from '@mantine/dates';
import '@mantine/dates/styles.css';
import { useForm } from '@mantine/form';
import 'dayjs/locale/vi';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../apollo/errors';
import { foldedOptionsFilter } from '../../i18n/fold-filter';
import { parseDisplayDate, todayInVietnam } from '../../i18n/format';
import { useEnumLabel, useLocale } from '../../i18n/hooks';
import { CaregiverFields } from './CaregiverFields';
import { childFormRules } from './child-form-rules';
import { toFormErrors, type ChildFormValues } from './child-form-values';
import { useVillageOptions } from './useVillageOptions';

export type UnitOption = { id: string; name: string };

export type ChildFormProps = {
  // In edit mode the commune is fixed (moving a child is not an update) and shown read-only.
  mode: 'create' | 'edit';
  initialValues: ChildFormValues;
  communes: readonly UnitOption[];
  // Resolves to the server's field errors when it refused the values, to nothing when it accepted them.
  onSubmit: (values: ChildFormValues) => Promise<FieldErrors | undefined>;
  onCancel?: () => void;
};

export const ChildForm = ({ mode, initialValues, communes, onSubmit, onCancel }: ChildFormProps) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const enumLabel = useEnumLabel();
  const form = useForm<ChildFormValues>({
    initialValues,
    validate: childFormRules(t, mode),
    onValuesChange: (values, previous) => {
      // A village belongs to one commune: a new commune invalidates the chosen village.
      if (values.communeId !== previous.communeId && values.villageId) form.setFieldValue('villageId', null);
    },
  });
  const { villages, loading: villagesLoading } = useVillageOptions(form.values.communeId);

  const sexOptions = useMemo(
    () => Object.values(Sex).map((value) => ({ value, label: enumLabel('Sex', value) })),
    [enumLabel],
  );
  const ethnicityOptions = useMemo(
    () => ETHNIC_GROUPS.map((g) => ({ value: g.vi, label: locale === 'vi' ? g.vi : `${g.en} (${g.vi})` })),
    [locale],
  );
  const toOptions = (units: readonly UnitOption[]) => units.map((u) => ({ value: u.id, label: u.name }));

  const submit = form.onSubmit(async (values) => {
    const fieldErrors = await onSubmit(values);
    if (fieldErrors) form.setErrors(toFormErrors(fieldErrors));
  });

  const selectProps = {
    searchable: true,
    filter: foldedOptionsFilter,
    nothingFoundMessage: t('childForm.nothingFound'),
    placeholder: t('childForm.selectPlaceholder'),
    comboboxProps: { withinPortal: true },
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label={t('childForm.fullName')} required autoComplete="off" {...form.getInputProps('fullName')} />
          <Stack gap={6}>
            <DatesProvider settings={{ locale }}>
              <DateInput
                label={t('childForm.dateOfBirth')}
                description={t('childForm.dateOfBirthHint')}
                required
                valueFormat="DD/MM/YYYY"
                dateParser={parseDisplayDate}
                placeholder="dd/mm/yyyy"
                maxDate={todayInVietnam()}
                defaultLevel="decade"
                {...form.getInputProps('dateOfBirth')}
              />
            </DatesProvider>
            <Checkbox label={t('childForm.dobEstimated')} {...form.getInputProps('dobEstimated', { type: 'checkbox' })} />
          </Stack>
          <Select label={t('childForm.sex')} required data={sexOptions} {...form.getInputProps('sex')} />
          <Select label={t('childForm.ethnicity')} data={ethnicityOptions} clearable {...selectProps} {...form.getInputProps('ethnicity')} />
          <TextInput
            label={t('childForm.personalId')}
            description={t('childForm.personalIdHint')}
            inputMode="numeric"
            maxLength={12}
            autoComplete="off"
            {...form.getInputProps('personalId')}
          />
          <Select
            label={t('childForm.commune')}
            required={mode === 'create'}
            data={toOptions(communes)}
            readOnly={mode === 'edit'}
            description={mode === 'edit' ? t('childForm.communeLocked') : undefined}
            limit={100}
            {...selectProps}
            {...form.getInputProps('communeId')}
          />
          <Select
            label={t('childForm.village')}
            data={toOptions(villages)}
            disabled={!form.values.communeId || villagesLoading}
            clearable
            {...selectProps}
            {...form.getInputProps('villageId')}
          />
          <TextInput label={t('childForm.address')} autoComplete="off" {...form.getInputProps('address')} />
        </SimpleGrid>

        <CaregiverFields form={form} />

        <Group justify="flex-end" gap="sm">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
          <Button type="submit" loading={form.submitting}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};

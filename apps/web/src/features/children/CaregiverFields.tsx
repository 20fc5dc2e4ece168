import { Button, Fieldset, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { emptyCaregiver, type ChildFormValues } from './child-form-values';

// The caregivers part of ChildForm: a list the user can grow and shrink.
export const CaregiverFields = ({ form }: { form: UseFormReturnType<ChildFormValues> }) => {
  const { t } = useTranslation();
  const caregivers = form.values.caregivers;
  return (
    <Stack gap="sm">
      <Text fw={500}>{t('childForm.caregivers')}</Text>
      {caregivers.map((_, index) => (
        // Index keys are what @mantine/form expects for list paths like caregivers.0.fullName.
        <Fieldset key={index} legend={t('childForm.caregiverN', { n: index + 1 })} p="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('childForm.caregiverName')}
              required
              {...form.getInputProps(`caregivers.${index}.fullName`)}
            />
            <TextInput
              label={t('childForm.relationship')}
              required
              {...form.getInputProps(`caregivers.${index}.relationship`)}
            />
            <TextInput
              label={t('childForm.birthYear')}
              inputMode="numeric"
              maxLength={4}
              {...form.getInputProps(`caregivers.${index}.birthYear`)}
            />
            <TextInput
              label={t('childForm.phone')}
              type="tel"
              autoComplete="off"
              {...form.getInputProps(`caregivers.${index}.phone`)}
            />
          </SimpleGrid>
          <Group justify="flex-end" mt="xs">
            <Button variant="subtle" color="red" size="xs" onClick={() => form.removeListItem('caregivers', index)}>
              {t('childForm.removeCaregiver', { n: index + 1 })}
            </Button>
          </Group>
        </Fieldset>
      ))}
      <Group>
        <Button variant="light" onClick={() => form.insertListItem('caregivers', emptyCaregiver())}>
          {t('childForm.addCaregiver')}
        </Button>
      </Group>
    </Stack>
  );
};

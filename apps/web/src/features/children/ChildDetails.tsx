import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql';
import type { ChildDetails_ChildFragment } from '../../__generated__/graphql';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useEnumLabel } from '../../i18n/hooks';
import { DetailList } from '../../ui/DetailList';

// Everything the child's page shows and its edit form starts from; mutations return it too,
// so the page is up to date as soon as a save succeeds.
export const CHILD_DETAILS_FRAGMENT = graphql(`
  fragment ChildDetails_child on Child {
    id
    code
    fullName
    dateOfBirth
    dobEstimated
    ageYears
    sex
    ethnicity
    personalId
    commune {
      id
      name
    }
    village {
      id
      name
    }
    address
    caregivers {
      id
      fullName
      relationship
      birthYear
      phone
    }
    version
    createdAt
    updatedAt
  }
`);

export const ChildDetails = ({ child }: { child: ChildDetails_ChildFragment }) => {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const dob = formatDate(child.dateOfBirth) + (child.dobEstimated ? ` ${t('child.estimated')}` : '');

  return (
    <Stack gap="lg">
      <DetailList
        empty={t('common.none')}
        items={[
          { label: t('child.code'), value: child.code },
          { label: t('childForm.fullName'), value: child.fullName },
          { label: t('childForm.dateOfBirth'), value: dob },
          { label: t('child.age'), value: child.ageYears },
          { label: t('childForm.sex'), value: enumLabel('Sex', child.sex) },
          { label: t('childForm.ethnicity'), value: child.ethnicity },
          { label: t('childForm.personalId'), value: child.personalId },
          { label: t('childForm.commune'), value: child.commune.name },
          { label: t('childForm.village'), value: child.village?.name },
          { label: t('childForm.address'), value: child.address },
          { label: t('child.createdAt'), value: formatDateTime(child.createdAt) },
          { label: t('child.updatedAt'), value: formatDateTime(child.updatedAt) },
        ]}
      />
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('childForm.caregivers')}
        </Title>
        {child.caregivers.length === 0 && <Text c="dimmed">{t('child.noCaregivers')}</Text>}
        {child.caregivers.map((caregiver) => (
          <Card key={caregiver.id} withBorder padding="sm">
            <Text fw={500}>{caregiver.fullName}</Text>
            <DetailList
              empty={t('common.none')}
              items={[
                { label: t('childForm.relationship'), value: caregiver.relationship },
                { label: t('childForm.birthYear'), value: caregiver.birthYear },
                { label: t('childForm.phone'), value: caregiver.phone },
              ]}
            />
          </Card>
        ))}
      </Stack>
    </Stack>
  );
};

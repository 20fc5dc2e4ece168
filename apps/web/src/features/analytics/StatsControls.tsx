import { Checkbox, Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { Sex, StatDimension, StatMeasure } from '@cp/schema';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../i18n/hooks';
import { MAX_DIMENSIONS } from './stats-params';

export type StatsControlsProps = {
  params: URLSearchParams;
  onChange: (update: (next: URLSearchParams) => void) => void;
};

const set = (next: URLSearchParams, name: string, value: string | null) => (value ? next.set(name, value) : next.delete(name));

// Measure, up to three dimensions, dates, sex and the unit mode; every change goes to the URL.
export const StatsControls = ({ params, onChange }: StatsControlsProps) => {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const groupBy = params.has('g') ? params.getAll('g') : [StatDimension.COMMUNE, StatDimension.SEX];
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <Select
        label={t('analytics.measure')}
        data={Object.values(StatMeasure).map((m) => ({ value: m, label: enumLabel('StatMeasure', m) }))}
        value={params.get('measure') ?? StatMeasure.CHILDREN}
        onChange={(value) => onChange((next) => set(next, 'measure', value))}
        allowDeselect={false}
        w={{ base: '100%', sm: 280 }}
      />
      <MultiSelect
        label={t('analytics.dimensions')}
        data={Object.values(StatDimension).map((d) => ({ value: d, label: enumLabel('StatDimension', d) }))}
        value={groupBy}
        maxValues={MAX_DIMENSIONS}
        onChange={(values) =>
          onChange((next) => {
            next.delete('g');
            values.forEach((v) => next.append('g', v));
            if (values.length === 0) next.append('g', '');
          })
        }
        w={{ base: '100%', sm: 360 }}
      />
      <TextInput type="date" label={t('analytics.from')} value={params.get('from') ?? ''} onChange={(e) => onChange((next) => set(next, 'from', e.currentTarget.value))} />
      <TextInput type="date" label={t('analytics.to')} value={params.get('to') ?? ''} onChange={(e) => onChange((next) => set(next, 'to', e.currentTarget.value))} />
      <Select
        label={t('analytics.sex')}
        data={[{ value: '', label: t('analytics.anySex') }, ...Object.values(Sex).map((s) => ({ value: s, label: enumLabel('Sex', s) }))]}
        value={params.get('sex') ?? ''}
        onChange={(value) => onChange((next) => set(next, 'sex', value))}
        w={{ base: '100%', sm: 160 }}
      />
      <Checkbox
        label={t('analytics.currentUnits')}
        checked={params.get('cu') === '1'}
        onChange={(e) => onChange((next) => set(next, 'cu', e.currentTarget.checked ? '1' : null))}
      />
    </Group>
  );
};

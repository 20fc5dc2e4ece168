import { Permission, SpecialCircumstance } from '@cp/schema';
import { Button, Group, NumberInput, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { ChildFilter } from '../../__generated__/graphql';
import { useCan } from '../../auth/useCan';
import { useEnumLabel } from '../../i18n/hooks';
import { UnitPicker } from './UnitPicker';

const CIRCUMSTANCES = Object.values(SpecialCircumstance) as string[];
const age = (v: string | null) => (v && /^\d{1,2}$/.test(v) && Number(v) <= 18 ? Number(v) : undefined);

// The filters beyond search and sex, read from the URL (?circ=…&special=…&ageMin=…&ageMax=…&unit=…).
export const extraFilterFromParams = (params: URLSearchParams): Partial<ChildFilter> => {
  const circ = params.get('circ');
  const special = params.get('special');
  const unit = params.get('unit');
  return {
    ...(circ && CIRCUMSTANCES.includes(circ) ? { circumstance: circ as ChildFilter['circumstance'] } : {}),
    ...(special === 'true' || special === 'false' ? { inSpecialCircumstances: special === 'true' } : {}),
    ...(age(params.get('ageMin')) !== undefined ? { ageMin: age(params.get('ageMin')) } : {}),
    ...(age(params.get('ageMax')) !== undefined ? { ageMax: age(params.get('ageMax')) } : {}),
    ...(unit ? { unitId: unit } : {}),
  };
};

// The export endpoint takes the list's filter as query parameters (the contract's names).
export const exportHref = (format: 'xlsx' | 'csv', filter: ChildFilter): string => {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  const qs = query.toString();
  return `/api/exports/children.${format}${qs ? `?${qs}` : ''}`;
};

export const ChildFilters = ({ filter }: { filter: ChildFilter }) => {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const canExport = useCan(Permission.CHILD_EXPORT);
  const canImport = useCan(Permission.CHILD_IMPORT);
  const [params, setParams] = useSearchParams();
  const set = (name: string, value: string | null | undefined) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );

  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <Select
        label={t('registry.filters.circumstance')}
        data={[{ value: '', label: t('registry.filters.allCircumstances') }, ...CIRCUMSTANCES.map((value) => ({ value, label: enumLabel('SpecialCircumstance', value) }))]}
        value={params.get('circ') ?? ''}
        onChange={(v) => set('circ', v)}
        allowDeselect={false}
        miw={180}
        maw={280}
      />
      <Select
        label={t('registry.filters.special')}
        data={[{ value: '', label: t('registry.filters.any') }, { value: 'true', label: t('registry.filters.yes') }, { value: 'false', label: t('registry.filters.no') }]}
        value={params.get('special') ?? ''}
        onChange={(v) => set('special', v)}
        allowDeselect={false}
        w={170}
      />
      <NumberInput label={t('registry.filters.ageMin')} min={0} max={18} w={100} value={params.get('ageMin') ?? ''} onChange={(v) => set('ageMin', v === '' ? null : String(v))} />
      <NumberInput label={t('registry.filters.ageMax')} min={0} max={18} w={100} value={params.get('ageMax') ?? ''} onChange={(v) => set('ageMax', v === '' ? null : String(v))} />
      <UnitPicker value={params.get('unit')} onChange={(v) => set('unit', v)} />
      {canExport && (
        <>
          <Button component="a" href={exportHref('xlsx', filter)} variant="default" download>
            {t('registry.export')}
          </Button>
          <Button component="a" href={exportHref('csv', filter)} variant="subtle" download>
            {t('registry.exportCsv')}
          </Button>
        </>
      )}
      {canImport && (
        <Button component={Link} to="/children/import" variant="subtle">
          {t('registry.import')}
        </Button>
      )}
    </Group>
  );
};

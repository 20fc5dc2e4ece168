import { useQuery } from '@apollo/client/react';
import { Select, Stack, Switch } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql';
import { useSession } from '../../auth/session';
import { foldedOptionsFilter } from '../../i18n/fold-filter';

const UNIT_TREE_QUERY = graphql(`
  query UnitTree($parentId: ID, $includeHistorical: Boolean) {
    adminUnits(parentId: $parentId, includeHistorical: $includeHistorical) {
      id
      name
      level
      validTo
      children {
        id
        name
        level
        validTo
      }
      successors {
        id
        name
      }
    }
  }
`);

type Props = { value: string | null; onChange: (unitId: string | null) => void };

// The units of the user's jurisdiction as a two-level tree (groups and their units); current
// units by default, those abolished by the 2025 reform on demand.
export const UnitPicker = ({ value, onChange }: Props) => {
  const { t } = useTranslation();
  const me = useSession();
  const [historical, setHistorical] = useState(false);
  const root = me.jurisdiction;
  const { data } = useQuery(UNIT_TREE_QUERY, { variables: { parentId: root?.id ?? null, includeHistorical: historical }, skip: !root });
  const today = new Date().toISOString().slice(0, 10);
  const current = (u: { validTo: string | null }) => historical || !u.validTo || u.validTo >= today;
  const options = useMemo(() => {
    const units = data?.adminUnits ?? [];
    // A jurisdiction abolished by the 2025 reform: by default, the units that took over its area.
    if (!historical && units.length && units.every((u) => !current(u))) {
      const successors = new Map(units.flatMap((u) => u.successors).map((s) => [s.id, s.name]));
      return [{ group: t('registry.filters.currentUnits'), items: [...successors].map(([value, label]) => ({ value, label })) }];
    }
    return units.filter(current).map((unit) => {
      const below = unit.children.filter(current).map((c) => ({ value: c.id, label: `${c.name}` }));
      return below.length
        ? { group: unit.name, items: [{ value: unit.id, label: `${unit.name} — ${t('registry.filters.allUnits')}` }, ...below] }
        : { group: unit.name, items: [{ value: unit.id, label: unit.name }] };
    });
  },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data, historical, t],
  );
  if (!root) return null;
  return (
    <Stack gap={4} miw={220} maw={320}>
      <Select
        label={t('registry.filters.unit')}
        placeholder={root.name}
        data={[{ group: root.name, items: [{ value: '', label: t('registry.filters.allUnits') }] }, ...options]}
        value={value ?? ''}
        onChange={(v) => onChange(v || null)}
        searchable
        filter={foldedOptionsFilter}
        allowDeselect={false}
      />
      <Switch size="xs" label={t('registry.filters.historical')} checked={historical} onChange={(e) => setHistorical(e.currentTarget.checked)} />
    </Stack>
  );
};

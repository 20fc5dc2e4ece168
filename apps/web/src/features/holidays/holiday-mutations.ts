import { useMutation } from '@apollo/client/react';
import { graphql } from '../../__generated__/gql';

const SAVE = graphql(`
  mutation SavePublicHoliday($day: Date!, $name: String!, $kind: String!, $source: String) {
    savePublicHoliday(day: $day, name: $name, kind: $kind, source: $source) { day name kind source }
  }
`);
const DELETE = graphql(`
  mutation DeletePublicHoliday($day: Date!) {
    deletePublicHoliday(day: $day)
  }
`);
const UPDATE_RULE = graphql(`
  mutation UpdateDeadlineRule($kind: DeadlineKind!, $clock: String!, $amount: Int!, $dueSoonHours: Int!) {
    updateDeadlineRule(kind: $kind, clock: $clock, amount: $amount, dueSoonHours: $dueSoonHours) { kind clock amount dueSoonHours }
  }
`);

const dropHolidays = {
  update(cache: { evict: (o: { id: string; fieldName: string }) => boolean; gc: () => string[] }) {
    cache.evict({ id: 'ROOT_QUERY', fieldName: 'publicHolidays' });
    cache.gc();
  },
};

export const useSavePublicHolidayMutation = () => useMutation(SAVE, dropHolidays);
export const useDeletePublicHolidayMutation = () => useMutation(DELETE, dropHolidays);
export const useUpdateDeadlineRuleMutation = () => useMutation(UPDATE_RULE);

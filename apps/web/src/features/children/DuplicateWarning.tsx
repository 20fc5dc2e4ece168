import { Alert, Anchor, Button, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { graphql } from '../../__generated__/gql';
import type { DuplicateCandidate_ChildFragment } from '../../__generated__/graphql';
import { formatDate } from '../../i18n/format';
import { childPath } from './ChildRow';

export const DUPLICATE_CANDIDATE_FRAGMENT = graphql(`
  fragment DuplicateCandidate_child on Child {
    id
    code
    fullName
    dateOfBirth
    commune {
      id
      name
    }
    village {
      id
      name
    }
  }
`);

type Props = {
  candidates: readonly DuplicateCandidate_ChildFragment[];
  onSaveAnyway?: () => void;
  saving?: boolean;
  title?: string;
};

// The register form's warning before saving (the user can still save), and the child page's
// list of records that may be the same child.
export const DuplicateWarning = ({ candidates, onSaveAnyway, saving, title }: Props) => {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" variant="light" title={title ?? t('registry.duplicatesTitle')} role="alert">
      <Stack gap="xs" align="flex-start">
        {onSaveAnyway && <Text size="sm">{t('registry.duplicatesBody')}</Text>}
        <List size="sm">
          {candidates.map((c) => (
            <List.Item key={c.id}>
              <Anchor component={Link} to={childPath(c.id)} target={onSaveAnyway ? '_blank' : undefined}>
                {c.fullName}
              </Anchor>{' '}
              — {formatDate(c.dateOfBirth)} — {[c.village?.name, c.commune.name].filter(Boolean).join(', ')} ({c.code})
            </List.Item>
          ))}
        </List>
        {onSaveAnyway && (
          <Group>
            <Button color="yellow" onClick={onSaveAnyway} loading={saving}>
              {t('registry.saveAnyway')}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
};

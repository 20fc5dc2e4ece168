import { useSuspenseQuery } from '@apollo/client/react';
import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { graphql } from '../../__generated__/gql';
import { DeadlineBadge } from '../cases/DeadlineBadge';

const MY_WORKLIST_QUERY = graphql(`
  query MyWorklist {
    myWorklist {
      title
      case { id code }
      abuseReport { id code }
      deadline { id kind dueAt metAt state }
    }
  }
`);

// The commune officer's home: what is due, most urgent first, each with the time left.
export const WorklistPanel = () => {
  const { t } = useTranslation();
  const { data } = useSuspenseQuery(MY_WORKLIST_QUERY, { fetchPolicy: 'cache-and-network' });
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">{t('worklist.title')}</Title>
      {data.myWorklist.length === 0 ? <Text c="dimmed">{t('worklist.empty')}</Text> : (
        <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {data.myWorklist.map((item) => (
            <li key={item.deadline.id}>
              <Anchor component={Link} to={item.case ? `/cases/${item.case.id}` : `/reports/${item.abuseReport?.id ?? ''}`} fw={500}>{item.title}</Anchor>
              <DeadlineBadge deadline={item.deadline} showKind={false} />
            </li>
          ))}
        </Stack>
      )}
    </Card>
  );
};

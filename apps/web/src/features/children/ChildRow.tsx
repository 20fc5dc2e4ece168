import { Anchor, Table } from '@mantine/core';
import { Link, useNavigate } from 'react-router-dom';
import { graphql } from '../../__generated__/gql';
import type { ChildRow_ChildFragment } from '../../__generated__/graphql';
import { formatDate } from '../../i18n/format';
import { useEnumLabel } from '../../i18n/hooks';

// What one line of the children list shows; the list route's query spreads it.
export const CHILD_ROW_FRAGMENT = graphql(`
  fragment ChildRow_child on Child {
    id
    code
    fullName
    dateOfBirth
    sex
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

export const childPath = (id: string) => `/children/${encodeURIComponent(id)}`;

export const ChildRow = ({ child }: { child: ChildRow_ChildFragment }) => {
  const navigate = useNavigate();
  const enumLabel = useEnumLabel();
  return (
    // The whole row opens the child for mouse and touch; the name is the link for keyboards and screen readers.
    <Table.Tr onClick={() => void navigate(childPath(child.id))} style={{ cursor: 'pointer' }}>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{child.code}</Table.Td>
      <Table.Td>
        <Anchor component={Link} to={childPath(child.id)} onClick={(e) => e.stopPropagation()}>
          {child.fullName}
        </Anchor>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(child.dateOfBirth)}</Table.Td>
      <Table.Td>{enumLabel('Sex', child.sex)}</Table.Td>
      <Table.Td>{child.commune.name}</Table.Td>
      <Table.Td>{child.village?.name ?? ''}</Table.Td>
    </Table.Tr>
  );
};

import { Anchor } from '@mantine/core';
import { Link } from 'react-router';

export function personPath(id: string): string {
  return `/org/people/${id}`;
}

export function PersonLink({ id, name }: { id: string; name: string }) {
  return (
    <Anchor component={Link} to={personPath(id)} draggable={false}>
      {name}
    </Anchor>
  );
}

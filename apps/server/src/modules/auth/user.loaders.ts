import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { db } from '../../common/db';
import { byId } from '../../common/loader-utils';
import { UserEntity } from './user.entity';

// Users are shown by name on records the actor already reached through their scope.
export const createUserLoaders = () => ({
  user: new DataLoader<string, UserEntity | null>(async (ids) =>
    byId(
      await db()
        .getRepository(UserEntity)
        .findBy({ id: In([...ids]) }),
      ids,
    ),
  ),
});

declare module '../../common/context' {
  interface Loaders extends ReturnType<typeof createUserLoaders> {}
}

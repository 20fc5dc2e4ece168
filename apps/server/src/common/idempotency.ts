import type { EntityManager } from 'typeorm';
import { db } from './db';
import type { Actor } from './actor';

const isUniqueViolation = (error: unknown, constraint: string): boolean =>
  typeof error === 'object' &&
  error !== null &&
  (error as { code?: string }).code === '23505' &&
  (error as { constraint?: string }).constraint === constraint;

const previous = async (actor: Actor, operation: string, key: string): Promise<string | null> => {
  const rows: { entity_id: string }[] = await db().query(
    'SELECT entity_id FROM client_mutation WHERE actor_id = $1 AND operation = $2 AND client_mutation_id = $3',
    [actor.userId, operation, key],
  );
  return rows[0]?.entity_id ?? null;
};

// Runs a create in one transaction. With a clientMutationId, a retry of the same create by the
// same actor returns the first result and writes nothing: the key is stored in the create's own
// transaction, and a concurrent duplicate loses on the primary key and reads the winner's result.
export const createOnce = async <T>(
  actor: Actor,
  operation: string,
  clientMutationId: string | undefined | null,
  create: (tx: EntityManager) => Promise<string>,
  load: (id: string) => Promise<T>,
): Promise<T> => {
  if (!clientMutationId) return load(await db().transaction(create));
  const earlier = await previous(actor, operation, clientMutationId);
  if (earlier) return load(earlier);
  try {
    const id = await db().transaction(async (tx) => {
      const created = await create(tx);
      await tx.query('INSERT INTO client_mutation (actor_id, operation, client_mutation_id, entity_id) VALUES ($1, $2, $3, $4)', [
        actor.userId,
        operation,
        clientMutationId,
        created,
      ]);
      return created;
    });
    return load(id);
  } catch (error) {
    if (!isUniqueViolation(error, 'client_mutation_pkey')) throw error;
    const winner = await previous(actor, operation, clientMutationId);
    if (!winner) throw error;
    return load(winner);
  }
};

export { isUniqueViolation };

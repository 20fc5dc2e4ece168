import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AuditAction, foldVietnamese, type Sex } from '@cp/schema';
import type { Actor } from '../../common/actor';
import { auditService, type AuditWho } from '../audit/audit.service';

// A child checked by the caller (imports: facts valid, units in scope, personal ID free).
export type BulkChild = {
  fullName: string;
  dateOfBirth: string;
  sex: Sex | string;
  ethnicity: string | null;
  personalId: string | null;
  communeId: string;
  communeCode: string;
  villageId: string | null;
  address: string | null;
  caregiverName: string | null;
  caregiverRelationship: string | null;
};

export const childBulkService = {
  // Registers many children in the caller's transaction with one multi-row INSERT per table
  // (arrays unnested server-side): the codes (one nextval per row: the lateral refers to the row;
  // codes grow past 6 digits, never truncated) come from the same sequence as single
  // registrations, the unit path from the child trigger. Each child's history starts with its
  // registration, marked as imported. Returns the new ids in order.
  registerMany: async (tx: EntityManager, who: AuditWho & { actor: Actor }, children: BulkChild[]): Promise<string[]> => {
    const ids = children.map(() => randomUUID());
    await tx.query(
      `INSERT INTO child (id, code, full_name, search_text, date_of_birth, sex, ethnicity, personal_id, commune_id, village_id, address, created_by, updated_by)
       SELECT t.id, k.code, t.full_name, t.name_fold || ' ' || lower(k.code) || coalesce(' ' || t.personal_id, ''),
              t.dob, t.sex, t.ethnicity, t.personal_id, t.commune_id, t.village_id, t.address, $12::uuid, $12::uuid
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::date[], $5::text[], $6::text[], $7::text[], $8::uuid[], $9::uuid[], $10::text[], $11::text[])
              WITH ORDINALITY AS t(id, full_name, name_fold, dob, sex, ethnicity, personal_id, commune_id, village_id, address, commune_code, ord)
         CROSS JOIN LATERAL (SELECT t.id AS child_id, nextval('child_code_seq')::text AS n) s
         CROSS JOIN LATERAL (SELECT 'TE-' || t.commune_code || '-' || lpad(s.n, greatest(6, length(s.n)), '0') AS code) k
        ORDER BY t.ord`,
      [
        ids,
        children.map((r) => r.fullName),
        children.map((r) => foldVietnamese(r.fullName)),
        children.map((r) => r.dateOfBirth),
        children.map((r) => r.sex),
        children.map((r) => r.ethnicity),
        children.map((r) => r.personalId),
        children.map((r) => r.communeId),
        children.map((r) => r.villageId),
        children.map((r) => r.address),
        children.map((r) => r.communeCode),
        who.actor.userId,
      ],
    );
    const withCaregiver = children.map((r, i) => ({ r, id: ids[i]! })).filter((x) => x.r.caregiverName);
    if (withCaregiver.length) {
      await tx.query(
        `INSERT INTO caregiver (child_id, position, full_name, relationship) SELECT c, 0, n, r FROM unnest($1::uuid[], $2::text[], $3::text[]) AS t(c, n, r)`,
        [withCaregiver.map((x) => x.id), withCaregiver.map((x) => x.r.caregiverName), withCaregiver.map((x) => x.r.caregiverRelationship)],
      );
    }
    await auditService.recordEach(tx, who, {
      action: AuditAction.CHILD_REGISTERED,
      entityType: 'Child',
      entityIds: ids,
      data: { source: 'import' },
    });
    return ids;
  },
};

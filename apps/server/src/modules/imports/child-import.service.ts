import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AuditAction, foldVietnamese, type Locale } from '@cp/schema';
import { db } from '../../db/data-source';
import { translate } from '../../common/i18n';
import { auditService, type AuditWho } from '../audit/audit.service';
import { pathInScope } from '../auth/access-scope';
import type { Actor } from '../auth/actor';
import type { RawRow } from './child-import.parse';
import { validateImportRows, type ImportReference, type UnitRef, type ValidRow } from './child-import.validate';

export const IMPORT_BATCH_SIZE = 2000;

export type ImportProgress = { phase: 'check' | 'import'; done: number; total: number };
export type ImportResult = {
  dryRun: boolean;
  total: number;
  valid: number;
  written: number;
  errors: { row: number; field: string; message: string }[];
};

const loadReference = async (actor: Actor, rows: RawRow[]): Promise<ImportReference> => {
  const units: (UnitRef & { level: string })[] = await db().query(
    `SELECT id, code, name, path, level, parent_id AS "parentId", to_char(valid_to, 'YYYY-MM-DD') AS "validTo"
       FROM admin_unit WHERE level IN ('COMMUNE', 'VILLAGE')`,
  );
  const communesByCode = new Map<string, UnitRef[]>();
  const villagesByCommune = new Map<string, UnitRef[]>();
  for (const u of units) {
    if (u.level === 'COMMUNE') communesByCode.set(u.code, [...(communesByCode.get(u.code) ?? []), u]);
    else villagesByCommune.set(u.parentId!, [...(villagesByCommune.get(u.parentId!) ?? []), u]);
  }
  const ids = [...new Set(rows.map((r) => r.values.personalId?.replace(/\s/g, '')).filter((v): v is string => Boolean(v)))];
  const taken: { personal_id: string }[] = ids.length
    ? await db().query('SELECT personal_id FROM child WHERE personal_id = ANY($1)', [ids])
    : [];
  return {
    communesByCode,
    villagesByCommune,
    inScope: (path) => pathInScope(actor, path),
    overlaps: (path) => pathInScope(actor, path) || (actor.recordScope === 'JURISDICTION' && actor.scopePaths.some((p) => p.startsWith(path))),
    takenPersonalIds: new Set(taken.map((t) => t.personal_id)),
  };
};

// One multi-row INSERT per table for the whole batch (arrays unnested server-side): the codes
// (one nextval per row: the lateral refers to the row; codes grow past 6 digits, never truncated)
// come from the same sequence as single registrations, the unit path from the child trigger.
const insertBatch = async (tx: EntityManager, who: AuditWho & { actor: Actor }, batch: ValidRow[]) => {
  const ids = batch.map(() => randomUUID());
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
      ids, batch.map((r) => r.fullName), batch.map((r) => foldVietnamese(r.fullName)), batch.map((r) => r.dateOfBirth),
      batch.map((r) => r.sex), batch.map((r) => r.ethnicity), batch.map((r) => r.personalId), batch.map((r) => r.commune.id),
      batch.map((r) => r.village?.id ?? null), batch.map((r) => r.address), batch.map((r) => r.commune.code), who.actor.userId,
    ],
  );
  const withCaregiver = batch.map((r, i) => ({ r, id: ids[i]! })).filter((x) => x.r.caregiverName);
  if (withCaregiver.length) {
    await tx.query(
      `INSERT INTO caregiver (child_id, position, full_name, relationship) SELECT c, 0, n, r FROM unnest($1::uuid[], $2::text[], $3::text[]) AS t(c, n, r)`,
      [withCaregiver.map((x) => x.id), withCaregiver.map((x) => x.r.caregiverName), withCaregiver.map((x) => x.r.caregiverRelationship)],
    );
  }
  // Each child's history starts with its registration, marked as imported.
  const a = who.actor;
  await tx.query(
    `INSERT INTO audit_event (actor_id, actor_role, actor_agency_id, action, entity_type, entity_id, request_id, ip, user_agent, data)
     SELECT $2, $3, $4, $5, 'Child', id::text, $6, $7, $8, '{"source":"import"}'::jsonb FROM unnest($1::uuid[]) AS id`,
    [ids, a.userId, a.role, a.agencyId, AuditAction.CHILD_REGISTERED, who.request.requestId, who.request.ip, who.request.userAgent.slice(0, 500)],
  );
};

export const childImportService = {
  run: async (
    who: AuditWho & { actor: Actor; locale: Locale },
    rows: RawRow[],
    dryRun: boolean,
    onProgress: (p: ImportProgress) => void = () => undefined,
  ): Promise<ImportResult> => {
    onProgress({ phase: 'check', done: 0, total: rows.length });
    const { valid, errors } = validateImportRows(rows, await loadReference(who.actor, rows));
    onProgress({ phase: 'check', done: rows.length, total: rows.length });
    let written = 0;
    if (!dryRun) {
      for (let start = 0; start < valid.length; start += IMPORT_BATCH_SIZE) {
        const batch = valid.slice(start, start + IMPORT_BATCH_SIZE);
        await db().transaction(async (tx) => {
          await insertBatch(tx, who, batch);
          await auditService.record(tx, who, { action: AuditAction.CHILDREN_IMPORTED, entityType: 'Child', data: { rows: batch.length, firstRow: batch[0]!.row } });
        });
        written += batch.length;
        onProgress({ phase: 'import', done: written, total: valid.length });
      }
    }
    return {
      dryRun,
      total: rows.length,
      valid: valid.length,
      written,
      errors: errors.map((e) => ({ row: e.row, field: e.field, message: translate(who.locale, e) })),
    };
  },
};

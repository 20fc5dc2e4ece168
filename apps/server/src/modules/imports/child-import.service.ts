import { AuditAction, type Locale } from '@cp/schema';
import { db } from '../../common/db';
import { translate } from '../../common/i18n';
import { auditService, type AuditWho } from '../audit/audit.service';
import { pathInScope } from '../auth/access-scope';
import { childBulkService, type BulkChild } from '../children/child-bulk.service';
import type { Actor } from '../../common/actor';
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
    overlaps: (path) =>
      pathInScope(actor, path) || (actor.recordScope === 'JURISDICTION' && actor.scopePaths.some((p) => p.startsWith(path))),
    takenPersonalIds: new Set(taken.map((t) => t.personal_id)),
  };
};

const toBulkChild = (r: ValidRow): BulkChild => ({
  fullName: r.fullName,
  dateOfBirth: r.dateOfBirth,
  sex: r.sex,
  ethnicity: r.ethnicity,
  personalId: r.personalId,
  communeId: r.commune.id,
  communeCode: r.commune.code,
  villageId: r.village?.id ?? null,
  address: r.address,
  caregiverName: r.caregiverName,
  caregiverRelationship: r.caregiverRelationship,
});

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
          await childBulkService.registerMany(tx, who, batch.map(toBulkChild));
          await auditService.record(tx, who, {
            action: AuditAction.CHILDREN_IMPORTED,
            entityType: 'Child',
            data: { rows: batch.length, firstRow: batch[0]!.row },
          });
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

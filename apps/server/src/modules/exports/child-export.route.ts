import ExcelJS from 'exceljs';
import type { Request } from 'express';
import { AuditAction, CHILD_EXPORT_EXTRA_COLUMNS, CHILD_IMPORT_COLUMNS, Permission, Sex, SpecialCircumstance, enumLabel } from '@cp/schema';
import { AppError } from '../../common/app-error';
import { defineRoute } from '../../common/http-route';
import { csvCell } from '../../common/csv';
import { ageInYears, formatDate } from '../../common/dates';
import { db } from '../../common/db';
import { auditService } from '../audit/audit.service';
import { applyChildFilter } from '../children/child-filter';
import { scopedChildren } from '../children/child.service';
import type { ChildFilter } from '../children/dto/children.args';

export const MAX_EXPORT_ROWS = 200_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// The list's filters from the query string; anything malformed is the user's input error.
export const filterFromQuery = (q: Request['query']): ChildFilter => {
  const str = (name: string) => (typeof q[name] === 'string' && q[name] !== '' ? q[name] : undefined);
  const int = (name: string) => {
    const v = str(name);
    if (v === undefined) return undefined;
    if (!/^\d{1,2}$/.test(v) || Number(v) > 18) throw AppError.field(name, 'validation.range', { min: 0, max: 18 });
    return Number(v);
  };
  const oneOf = <T extends string>(name: string, values: readonly T[]) => {
    const v = str(name);
    if (v !== undefined && !values.includes(v as T)) throw AppError.field(name, 'validation.invalid');
    return v as T | undefined;
  };
  const unitId = str('unitId');
  if (unitId && !UUID.test(unitId)) throw AppError.field('unitId', 'validation.unitNotFound');
  const special = str('inSpecialCircumstances');
  return {
    search: str('search')?.slice(0, 200),
    unitId,
    sex: oneOf('sex', Object.values(Sex)),
    circumstance: oneOf('circumstance', Object.values(SpecialCircumstance)),
    inSpecialCircumstances: special === undefined ? undefined : special === 'true',
    ageMin: int('ageMin'),
    ageMax: int('ageMax'),
  };
};

type Row = Record<string, string | null>;

// GET /api/exports/children.xlsx | .csv: the list as filtered, only the caller's jurisdiction,
// headers in the caller's language. The export is audited before any byte is sent.
export const childExportRoutes = [
  defineRoute({
    method: 'GET',
    path: '/exports/children.:format',
    access: { permission: Permission.CHILD_EXPORT },
    audits: [AuditAction.CHILDREN_EXPORTED],
    handle: async (req, res, ctx) => {
      const format = req.params.format;
      if (format !== 'xlsx' && format !== 'csv') throw AppError.notFound();
      const filter = filterFromQuery(req.query);
      const rows: Row[] = await applyChildFilter(scopedChildren(db().manager, ctx.actor), filter)
        .leftJoin('admin_unit', 'cu', 'cu.id = c.commune_id')
        .leftJoin('admin_unit', 'vu', 'vu.id = c.village_id')
        .select([
          'c.code AS code',
          'c.full_name AS "fullName"',
          `to_char(c.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth"`,
          'c.sex AS sex',
          'c.ethnicity AS ethnicity',
          'c.personal_id AS "personalId"',
          'cu.code AS "communeCode"',
          'cu.name AS commune',
          'vu.code AS "villageCode"',
          'vu.name AS village',
          'c.address AS address',
          'c.at_risk::text AS "atRisk"',
        ])
        .addSelect(
          `(SELECT string_agg(cc."group", ',' ORDER BY cc."group") FROM child_circumstance cc WHERE cc.child_id = c.id AND cc.until IS NULL)`,
          'circumstances',
        )
        .addSelect(`(SELECT g.full_name FROM caregiver g WHERE g.child_id = c.id ORDER BY g.position LIMIT 1)`, 'caregiverName')
        .addSelect(`(SELECT g.relationship FROM caregiver g WHERE g.child_id = c.id ORDER BY g.position LIMIT 1)`, 'caregiverRelationship')
        .orderBy('c.search_text')
        .limit(MAX_EXPORT_ROWS)
        .getRawMany();
      await auditService.recordNow(ctx, {
        action: AuditAction.CHILDREN_EXPORTED,
        entityType: 'Child',
        // Which filters, never their values: a search text can be a child's name.
        data: { format, rows: rows.length, filters: Object.keys(filter).filter((k) => filter[k as keyof ChildFilter] != null) },
      });
      const locale = ctx.locale;
      const columns = [CHILD_EXPORT_EXTRA_COLUMNS[0]!, ...CHILD_IMPORT_COLUMNS, ...CHILD_EXPORT_EXTRA_COLUMNS.slice(1)];
      const value = (row: Row, key: string): string => {
        if (key === 'dateOfBirth') return row.dateOfBirth ? formatDate(row.dateOfBirth) : '';
        if (key === 'ageYears') return row.dateOfBirth ? String(ageInYears(row.dateOfBirth)) : '';
        if (key === 'sex') return row.sex ? enumLabel('Sex', row.sex, locale) : '';
        if (key === 'atRisk') return row.atRisk === 'true' ? (locale === 'vi' ? 'Có' : 'Yes') : '';
        if (key === 'circumstances')
          return (row.circumstances ?? '')
            .split(',')
            .filter(Boolean)
            .map((g) => enumLabel('SpecialCircumstance', g, locale))
            .join('; ');
        return row[key] ?? '';
      };
      const stamp = new Date().toISOString().slice(0, 10);
      res.setHeader('Content-Disposition', `attachment; filename="children-${stamp}.${format}"`);
      res.setHeader('Cache-Control', 'no-store');
      if (format === 'csv') {
        // Formulas neutralised, separators quoted (common/csv.ts).
        const esc = csvCell;
        res.setHeader('Content-Type', 'text/csv; charset=utf-8');
        res.write(`\uFEFF${columns.map((c) => esc(c[locale])).join(',')}\n`);
        for (const row of rows) res.write(`${columns.map((c) => esc(value(row, c.key))).join(',')}\n`);
        res.end();
        return;
      }
      res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: true });
      const sheet = workbook.addWorksheet(locale === 'vi' ? 'Trẻ em' : 'Children');
      sheet.columns = columns.map((c) => ({ header: c[locale], key: c.key, width: 20 }));
      for (const row of rows) sheet.addRow(Object.fromEntries(columns.map((c) => [c.key, value(row, c.key)]))).commit();
      sheet.commit();
      await workbook.commit();
    },
  }),
];

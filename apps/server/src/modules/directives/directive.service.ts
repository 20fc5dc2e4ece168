import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { AuditAction } from '@cp/schema';
import { db } from '../../common/db';
import { AppError, AppErrorCode, type FieldErrorRef } from '../../common/app-error';
import { createOnce } from '../../common/idempotency';
import { isCalendarDate } from '../../common/scalars';
import { auditService, type AuditWho } from '../audit/audit.service';
import { directiveScopeCondition } from '../auth/access-scope';
import type { Actor } from '../../common/actor';
import { DirectiveEntity } from './directive.entity';
import type { CreateDirectiveInput } from './dto/create-directive.input';
import { isMonthDay, periodsOf, type Period } from './reporting-period';

// Every read of directives starts here: the hierarchy condition is part of the query.
export const scopedDirectives = (manager: EntityManager, actor: Actor): SelectQueryBuilder<DirectiveEntity> => {
  const condition = directiveScopeCondition(actor, 'd.unit_path');
  return manager.getRepository(DirectiveEntity).createQueryBuilder('d').where(condition.sql, condition.params);
};

export const periodsOfDirective = (d: Pick<DirectiveEntity, 'reportingDeadlines' | 'issuedOn'>): Period[] =>
  periodsOf(d.reportingDeadlines, Number(d.issuedOn.slice(0, 4)));

export const periodOfDirective = (d: Pick<DirectiveEntity, 'reportingDeadlines' | 'issuedOn'>, code: string): Period => {
  const period = periodsOfDirective(d).find((p) => p.code === code);
  if (!period) throw AppError.field('period', 'validation.periodUnknown');
  return period;
};

const badInput = (errors: FieldErrorRef[]) => new AppError(AppErrorCode.BAD_USER_INPUT, undefined, errors);

// The issuer must lie inside the actor's jurisdiction; each duty's agency inside the issuer's unit.
const checkCreate = async (tx: EntityManager, actor: Actor, input: CreateDirectiveInput): Promise<void> => {
  const errors: FieldErrorRef[] = [];
  if (!isCalendarDate(input.issuedOn)) errors.push({ field: 'issuedOn', key: 'validation.date' });
  if (!input.reportingDeadlines.length) errors.push({ field: 'reportingDeadlines', key: 'validation.required' });
  input.reportingDeadlines.forEach((md, i) => {
    if (!isMonthDay(md)) errors.push({ field: `reportingDeadlines.${i}`, key: 'validation.monthDay' });
  });
  if (!input.duties.length) errors.push({ field: 'duties', key: 'validation.required' });
  const ids = [input.issuedById, ...input.duties.map((d) => d.agencyId)];
  const rows: { id: string; path: string; inside: boolean }[] = await tx.query(
    `SELECT a.id, u.path, u.path LIKE (SELECT path FROM admin_unit WHERE id = $2) || '%' AS inside
       FROM agency a JOIN admin_unit u ON u.id = a.unit_id WHERE a.id::text = ANY($1)`,
    [ids, actor.jurisdictionId],
  );
  const found = new Map(rows.map((r) => [r.id, r]));
  const issuer = found.get(input.issuedById);
  if (!issuer?.inside) errors.push({ field: 'issuedById', key: 'validation.agencyNotFound' });
  input.duties.forEach((d, i) => {
    const agency = found.get(d.agencyId);
    if (!agency || (issuer && !agency.path.startsWith(issuer.path))) {
      errors.push({ field: `duties.${i}.agencyId`, key: 'validation.agencyNotFound' });
    }
  });
  if (errors.length) throw badInput(errors);
};

export const directiveService = {
  list: (actor: Actor): Promise<DirectiveEntity[]> =>
    scopedDirectives(db().manager, actor).orderBy('d.issued_on', 'DESC').addOrderBy('d.id').getMany(),

  get: async (actor: Actor, id: string, manager: EntityManager = db().manager): Promise<DirectiveEntity> => {
    const found = await scopedDirectives(manager, actor).andWhere('d.id = :id', { id }).getOne();
    if (!found) throw AppError.notFound();
    return found;
  },

  create: (who: AuditWho & { actor: Actor }, input: CreateDirectiveInput): Promise<DirectiveEntity> =>
    createOnce(
      who.actor,
      'createDirective',
      input.clientMutationId,
      async (tx) => {
        await checkCreate(tx, who.actor, input);
        const [{ id }] = await tx.query<[{ id: string }]>(
          `INSERT INTO directive (number, title, issued_by, issued_on, basis, reporting_deadlines, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
          [
            input.number?.trim() || null,
            input.title.trim(),
            input.issuedById,
            input.issuedOn,
            input.basis?.trim() || null,
            [...new Set(input.reportingDeadlines)].sort(),
            who.actor.userId,
          ],
        );
        for (const [position, d] of input.duties.entries()) {
          await tx.query(
            `INSERT INTO agency_duty (directive_id, section, position, agency_id, title, description, indicators)
             VALUES ($1, $2, $3, $4, $5, $6, $7)`,
            [
              id,
              d.section.trim(),
              position,
              d.agencyId,
              d.title.trim(),
              d.description.trim(),
              (d.indicators ?? []).map((s) => s.trim()).filter(Boolean),
            ],
          );
        }
        await auditService.record(tx, who, {
          action: AuditAction.DIRECTIVE_CREATED,
          entityType: 'Directive',
          entityId: id,
          data: { duties: input.duties.length },
        });
        return id;
      },
      (id) => directiveService.get(who.actor, id),
    ),
};

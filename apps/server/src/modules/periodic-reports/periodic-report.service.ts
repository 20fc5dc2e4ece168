import { AdminLevel, AgencyKind, type Locale } from '@cp/schema';
import { AppError } from '../../common/app-error';
import { translate } from '../../common/i18n';
import { db } from '../../common/db';
import { AdminUnitEntity } from '../admin-units/admin-unit.entity';
import { pathInScope } from '../auth/access-scope';
import type { Actor } from '../../common/actor';
import { DirectiveEntity } from '../directives/directive.entity';
import { periodOfDirective } from '../directives/directive.service';
import { PERIOD_CODE_RE, periodsOf, type Period } from '../directives/reporting-period';
import { reportHeading, type HeadingData } from './report-heading';
import { REPORT_PLACEHOLDERS } from './report-layout';
import { compileSection, reportLayout, type CompiledSection, type SectionInput } from './report-section';

// The report's sections come from the modules that keep the records (each contributes its own
// in its manifest, see report-section.ts), in the order of the document.

// The 2021 directive's deadlines: the fallback when no directive covers the unit and year.
const DEFAULT_DEADLINES = ['04-30', '10-31'];

export type CompiledReport = {
  unit: AdminUnitEntity;
  period: Period;
  generatedAt: Date;
  heading: HeadingData;
  sections: CompiledSection[];
};

const resolvePeriod = async (unit: AdminUnitEntity, code: string): Promise<{ period: Period; directive: DirectiveEntity | null }> => {
  const match = PERIOD_CODE_RE.exec(code);
  if (!match) throw AppError.field('period', 'validation.periodUnknown');
  // The directive issued in or above the unit for that year (the nearest issuer first).
  const directive = await db()
    .getRepository(DirectiveEntity)
    .createQueryBuilder('d')
    .where(`:path LIKE d.unit_path || '%'`, { path: unit.path })
    .andWhere(`extract(year FROM d.issued_on) = :year`, { year: Number(match[1]) })
    .orderBy('length(d.unit_path)', 'DESC')
    .addOrderBy('d.issued_on', 'DESC')
    .getOne();
  if (directive) return { period: periodOfDirective(directive, code), directive };
  const period = periodsOf(DEFAULT_DEADLINES, Number(match[1])).find((p) => p.code === code);
  if (!period) throw AppError.field('period', 'validation.periodUnknown');
  return { period, directive: null };
};

export const periodicReportService = {
  // A district or commune inside the actor's jurisdiction, else NOT_FOUND.
  unitFor: async (actor: Actor, unitId: string): Promise<AdminUnitEntity> => {
    const unit = await db()
      .getRepository(AdminUnitEntity)
      .findOneBy({ id: unitId })
      .catch(() => null);
    if (!unit || !pathInScope(actor, unit.path)) throw AppError.notFound();
    if (unit.level !== AdminLevel.DISTRICT && unit.level !== AdminLevel.COMMUNE) throw AppError.field('unitId', 'validation.reportUnit');
    return unit;
  },

  compile: async (actor: Actor, unitId: string, code: string, locale: Locale): Promise<CompiledReport> => {
    const unit = await periodicReportService.unitFor(actor, unitId);
    const { period, directive } = await resolvePeriod(unit, code);
    const generatedAt = new Date();
    return db().transaction('REPEATABLE READ', async (manager) => {
      // One snapshot for every section: the figures add up even while people keep writing.
      const input: SectionInput = {
        manager,
        locale,
        unitPath: unit.path,
        period,
        directiveId: directive?.id ?? null,
        t: (key) => translate(locale, { key }),
      };
      const sections: CompiledSection[] = [];
      for (const def of reportLayout(REPORT_PLACEHOLDERS)) sections.push(await compileSection(def, input));
      const [office] = await manager.query<{ name: string }[]>(
        `SELECT name FROM agency WHERE unit_id = $1 AND kind = $2 ORDER BY code LIMIT 1`,
        [unit.id, AgencyKind.LABOUR_SOCIAL_AFFAIRS],
      );
      const [parent] = await manager.query<{ name: string }[]>(`SELECT name FROM admin_unit WHERE id = $1`, [unit.parentId]);
      const heading = reportHeading(
        unit,
        office?.name ?? null,
        unit.level === AdminLevel.COMMUNE ? (parent?.name ?? null) : null,
        period,
        generatedAt,
      );
      return { unit, period, generatedAt, heading, sections };
    });
  },
};

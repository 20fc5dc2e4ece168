import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Permission } from '@cp/schema';
import type { Context } from '../../common/context';
import { CurrentActor } from '../../common/current-actor';
import type { Actor } from '../../common/actor';
import { RequirePermission } from '../auth/permission.decorators';
import { toPeriodType } from '../directives/directive.resolver';
import { periodicReportService } from './periodic-report.service';
import { NATIONAL_MOTTO } from './report-heading';
import { PeriodicReport, ReportHeading, ReportSection, StatLine } from './periodic-report.types';
import { REPORT_FORMATS, reportDownloadPath } from './periodic-report.routes';

@Resolver(() => PeriodicReport)
export class PeriodicReportResolver {
  @RequirePermission(Permission.PERIODIC_REPORT_READ)
  @Query(() => PeriodicReport, { description: 'The 30/4 or 31/10 report of a district or commune in your jurisdiction, compiled now' })
  async periodicReport(
    @Arg('unitId', () => ID) unitId: string,
    @Arg('period', () => String) period: string,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<PeriodicReport> {
    const report = await periodicReportService.compile(actor, unitId, period, ctx.locale);
    return Object.assign(new PeriodicReport(), {
      unit: report.unit,
      period: toPeriodType(report.period, ctx),
      generatedAt: report.generatedAt,
      heading: Object.assign(new ReportHeading(), { ...report.heading, nationalMotto: NATIONAL_MOTTO }),
      sections: report.sections.map((s) =>
        Object.assign(new ReportSection(), {
          ...s,
          lines: s.lines.map((l) => Object.assign(new StatLine(), { label: l.label, value: l.values[0] ?? null, values: l.values })),
        }),
      ),
      downloadUrls: REPORT_FORMATS.map((format) => reportDownloadPath(report.unit.id, report.period.code, format)),
    });
  }
}

import { todayInVietnam } from '../../common/dates';
import { db } from '../../common/db';
import type { Actor } from '../../common/actor';
import { directiveService, periodOfDirective } from './directive.service';
import { AgencyProgress, BoardState, type DutyBoardCell } from './duty-board.types';

type Counts = { duties: number; updated: number; done: number; late: number; missing: number };

export const boardState = (c: Counts, due: boolean): BoardState => {
  if (c.missing > 0) return BoardState.MISSING;
  if (c.late > 0) return BoardState.LATE;
  if (c.done === c.duties) return BoardState.DONE;
  if (c.updated === c.duties) return BoardState.UPDATED;
  if (c.updated > 0) return BoardState.PARTIAL;
  return due ? BoardState.MISSING : BoardState.PENDING;
};

const add = (a: Counts, b: Counts): Counts => ({
  duties: a.duties + b.duties,
  updated: a.updated + b.updated,
  done: a.done + b.done,
  late: a.late + b.late,
  missing: a.missing + b.missing,
});

// One SQL aggregate per board: duties of the directive × the period's submitted updates,
// grouped by agency and section. Drafts do not count as updates.
export const dutyBoardService = {
  board: async (actor: Actor, directiveId: string, periodCode: string, today = todayInVietnam()): Promise<AgencyProgress[]> => {
    const directive = await directiveService.get(actor, directiveId);
    const period = periodOfDirective(directive, periodCode);
    const due = today > period.dueOn;
    const rows: (Counts & { agency_id: string; section: string; pending: number })[] = await db().query(
      `SELECT d.agency_id, d.section,
              count(*)::int AS duties,
              count(u.id)::int AS updated,
              count(u.id) FILTER (WHERE u.status = 'DONE')::int AS done,
              count(u.id) FILTER (WHERE u.late)::int AS late,
              count(*) FILTER (WHERE u.id IS NULL)::int AS pending
         FROM agency_duty d
         JOIN agency a ON a.id = d.agency_id
         LEFT JOIN duty_update u ON u.duty_id = d.id AND u.period_code = $2 AND u.state = 'SUBMITTED'
        WHERE d.directive_id = $1
        GROUP BY d.agency_id, a.kind, a.code, d.section
        ORDER BY (a.kind = 'PEOPLES_COMMITTEE'), a.code, min(d.position)`,
      [directive.id, period.code],
    );
    const byAgency = new Map<string, { totals: Counts; cells: DutyBoardCell[] }>();
    for (const r of rows) {
      const c: Counts = { duties: r.duties, updated: r.updated, done: r.done, late: r.late, missing: due ? r.pending : 0 };
      const entry = byAgency.get(r.agency_id) ?? { totals: { duties: 0, updated: 0, done: 0, late: 0, missing: 0 }, cells: [] };
      entry.totals = add(entry.totals, c);
      entry.cells.push({ section: r.section, ...c, state: boardState(c, due) });
      byAgency.set(r.agency_id, entry);
    }
    return [...byAgency.entries()].map(([agencyId, { totals, cells }]) =>
      Object.assign(new AgencyProgress(), { agencyId, ...totals, state: boardState(totals, due), sections: cells }),
    );
  },
};

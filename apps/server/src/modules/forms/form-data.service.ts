import { AuditAction, Permission, enumLabel } from '@cp/schema';
import { AppError, AppErrorCode } from '../../common/app-error';
import { ageInYears } from '../../common/dates';
import { db } from '../../common/db';
import { AdminUnitEntity } from '../admin-units/admin-unit.entity';
import { auditService, type AuditWho } from '../audit/audit.service';
import { readRestricted } from '../audit/restricted';
import type { Actor } from '../../common/actor';
import { UserEntity } from '../auth/user.entity';
import { CaseAssessmentEntity, CaseEventEntity, CasePlanEntity, PlanMeasureEntity } from '../cases/case-parts.entity';
import { caseService } from '../cases/case.service';
import { ChildEntity } from '../children/child.entity';
import { abuseReportService } from '../reports/abuse-report.service';
import { REPORTER_POLICY, loadReporter } from '../reports/reporter-access';
import { placeDate, vnDate, vnDateTime, type FormDocument, type FormSection } from './form-document';

export const FORM_NUMBERS = ['01', '02', '03', '04', '05', '06', '07'] as const;
export type FormNo = (typeof FORM_NUMBERS)[number];
const L = (e: string, v: string | null) => (v ? enumLabel(e, v, 'vi') : '');
const place = (communeName: string) => communeName.replace(/^(Xã|Phường|Thị trấn)\s+/, '');
const userName = async (id: string | null) => (id ? ((await db().getRepository(UserEntity).findOneBy({ id }))?.fullName ?? null) : null);

// Form 01: the report, with the reporter only for those who may see it (audited).
const form01 = async (who: AuditWho & { actor: Actor }, id: string): Promise<FormDocument> => {
  const r = await abuseReportService.get(who.actor, id);
  const commune = await db().getRepository(AdminUnitEntity).findOneByOrFail({ id: r.communeId });
  const reporter = await readRestricted(REPORTER_POLICY, who, r, () => loadReporter(r), { data: { via: 'form01' } });
  const sections: FormSection[] = [
    {
      heading: 'A.1. Nguồn thông tin',
      lines: [
        { label: 'Hình thức', value: L('ReportChannel', r.channel) },
        { label: 'Thời gian tiếp nhận', value: vnDateTime(r.receivedAt) },
      ],
    },
    {
      heading: 'A.2. Thông tin về trẻ em',
      lines: [
        { label: 'Họ và tên', value: r.childName ?? '' },
        { label: 'Tuổi (ước tính)', value: r.childAgeEstimate?.toString() ?? '' },
        { label: 'Giới tính', value: r.childSex ? L('Sex', r.childSex) : 'Không biết' },
        { label: 'Nơi xảy ra vụ việc', value: r.incidentPlace ?? commune.name },
        { label: 'Hình thức xâm hại', value: r.abuseForms.map((f) => L('AbuseForm', f)).join(', ') },
        { label: 'Tình trạng hiện tại của trẻ em', value: r.description },
      ],
    },
    {
      heading: 'A.3. Thông tin người cung cấp thông tin (nếu đồng ý cung cấp)',
      lines: !reporter
        ? [{ label: 'Người báo tin', value: '(được bảo mật)' }]
        : reporter.anonymous
          ? [{ label: 'Người báo tin', value: 'Giấu tên' }]
          : [
              { label: 'Họ và tên', value: reporter.fullName ?? '' },
              { label: 'Điện thoại', value: reporter.phone ?? '' },
              { label: 'Địa chỉ', value: reporter.address ?? '' },
              { label: 'Ghi chú', value: reporter.relationship ?? '' },
            ],
    },
  ];
  return {
    formNo: '01',
    issuer: `UBND ${commune.name.toUpperCase()}`,
    number: `Số: ${r.code}/BC-UBND`,
    placeDate: placeDate(place(commune.name), r.receivedAt),
    title: 'BÁO CÁO TIẾP NHẬN THÔNG TIN TRẺ EM',
    subtitle: L('ReportCategory', r.category),
    sections,
    signature: { title: 'NGƯỜI TIẾP NHẬN', name: await userName(r.receivedBy) },
  };
};

const TITLES: Record<Exclude<FormNo, '01'>, string> = {
  '02': 'ĐÁNH GIÁ NGUY CƠ BAN ĐẦU, MỨC ĐỘ TỔN HẠI',
  '03': 'THU THẬP THÔNG TIN, ĐÁNH GIÁ NGUY CƠ CỤ THỂ',
  '04': 'KẾ HOẠCH HỖ TRỢ, CAN THIỆP',
  '05': 'QUYẾT ĐỊNH PHÊ DUYỆT KẾ HOẠCH HỖ TRỢ, CAN THIỆP',
  '06': 'RÀ SOÁT, ĐÁNH GIÁ TÌNH TRẠNG CỦA TRẺ EM SAU KHI THỰC HIỆN KẾ HOẠCH',
  '07': 'QUYẾT ĐỊNH TẠM THỜI CÁCH LY TRẺ EM KHỎI CHA, MẸ, NGƯỜI CHĂM SÓC',
};
const ASSESSMENT_KIND: Partial<Record<FormNo, string>> = { '02': 'INITIAL', '03': 'SPECIFIC', '06': 'REVIEW' };

// Forms 02-07: the case, as far as it has come; a form whose step has not happened is NOT_FOUND.
const caseForm = async (actor: Actor, formNo: Exclude<FormNo, '01'>, id: string): Promise<FormDocument> => {
  const c = await caseService.get(actor, id);
  const commune = await db().getRepository(AdminUnitEntity).findOneByOrFail({ id: c.communeId });
  const child = await db().getRepository(ChildEntity).findOneByOrFail({ id: c.childId });
  const childSection: FormSection = {
    heading: 'Thông tin trẻ em',
    lines: [
      { label: 'Họ và tên', value: child.fullName },
      { label: 'Ngày sinh', value: vnDate(child.dateOfBirth) },
      { label: 'Tuổi', value: String(ageInYears(child.dateOfBirth)) },
      { label: 'Giới tính', value: L('Sex', child.sex) },
      { label: 'Mã hồ sơ', value: c.code },
    ],
  };
  let at = c.receivedAt;
  let sections: FormSection[] = [childSection];
  let signer: { title: string; id: string | null } = { title: 'NGƯỜI LÀM CÔNG TÁC BẢO VỆ TRẺ EM', id: c.assignedTo };
  const kind = ASSESSMENT_KIND[formNo];
  if (kind) {
    const a = await db()
      .getRepository(CaseAssessmentEntity)
      .findOne({ where: { caseId: c.id, kind }, order: { recordedAt: 'DESC' } });
    if (!a) throw AppError.notFound();
    at = a.recordedAt;
    signer = { ...signer, id: a.recordedBy };
    sections.push({
      heading: 'Đánh giá',
      lines: [
        { label: 'Mức độ nguy cơ', value: L('RiskLevel', a.riskLevel) },
        ...(kind === 'INITIAL' ? [{ label: 'Nguy hiểm nghiêm trọng', value: a.seriousDanger ? 'Có' : 'Không' }] : []),
      ],
      text: a.findings,
    });
  } else if (formNo === '04' || formNo === '05') {
    const plan = await db()
      .getRepository(CasePlanEntity)
      .findOne({ where: { caseId: c.id }, order: { version: 'DESC' } });
    if (!plan || (formNo === '05' && !plan.approvedAt)) throw AppError.notFound();
    const measures = await db()
      .getRepository(PlanMeasureEntity)
      .find({ where: { planId: plan.id }, order: { position: 'ASC' } });
    const agencies: { id: string; name: string }[] = await db().query(`SELECT id, name FROM agency WHERE id = ANY($1)`, [
      measures.map((m) => m.assignedAgencyId),
    ]);
    at = (formNo === '05' ? plan.approvedAt : plan.submittedAt) ?? at;
    if (formNo === '05') {
      sections = [
        {
          heading: 'Điều 1.',
          text: `Phê duyệt Kế hoạch hỗ trợ, can thiệp (phiên bản ${plan.version}) đối với trẻ em ${child.fullName}, hồ sơ ${c.code}, kèm theo Quyết định này.`,
        },
        { heading: 'Điều 2.', text: 'Các cơ quan, tổ chức, cá nhân được giao có trách nhiệm thực hiện Kế hoạch.' },
      ];
      signer = { title: 'CHỦ TỊCH UBND', id: plan.approvedById };
    }
    sections.push({
      heading: `Các biện pháp (phiên bản ${plan.version})`,
      table: {
        head: ['Cấp độ', 'Biện pháp', 'Cơ quan thực hiện', 'Thời hạn'],
        rows: measures.map((m) => [
          L('ProtectionLevel', m.level),
          m.description,
          agencies.find((a) => a.id === m.assignedAgencyId)?.name ?? '',
          vnDate(m.dueOn),
        ]),
      },
    });
  } else {
    const e = await db()
      .getRepository(CaseEventEntity)
      .findOne({ where: { caseId: c.id, kind: 'TEMPORARY_SEPARATION' }, order: { at: 'DESC' } });
    if (!e) throw AppError.notFound();
    at = e.at;
    sections.push({
      heading: 'Điều 1.',
      text: `Tạm thời cách ly trẻ em khỏi cha, mẹ, người chăm sóc kể từ ${vnDateTime(e.at)}, thời hạn không quá 15 ngày. ${e.note ?? ''}`,
    });
    signer = { title: 'CHỦ TỊCH UBND', id: e.actorId };
  }
  return {
    formNo,
    issuer: `UBND ${commune.name.toUpperCase()}`,
    number: `Số: ${c.code}/${formNo === '05' || formNo === '07' ? 'QĐ' : 'BC'}-UBND`,
    placeDate: placeDate(place(commune.name), at),
    title: TITLES[formNo],
    sections,
    signature: { title: signer.title, name: await userName(signer.id) },
  };
};

// Same access rules as the records (scope inside the services), and printing is audited
// before anything is returned: if the audit row cannot be written, nothing prints.
export const buildForm = async (who: AuditWho & { actor: Actor }, formNo: FormNo, id: string): Promise<FormDocument> => {
  const needed = formNo === '01' ? Permission.REPORT_READ : Permission.CASE_READ;
  if (!who.actor.permissions.has(needed)) throw new AppError(AppErrorCode.FORBIDDEN);
  const doc = formNo === '01' ? await form01(who, id) : await caseForm(who.actor, formNo, id);
  await auditService.recordRead(who, {
    action: AuditAction.FORM_PRINTED,
    entityType: formNo === '01' ? 'AbuseReport' : 'ProtectionCase',
    entityId: id,
    data: { form: formNo },
  });
  return doc;
};

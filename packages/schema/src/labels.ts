// Vietnamese and English labels of every enum value the user sees.
// Code and API speak the English values; people read these.
export type Locale = 'vi' | 'en';
export const LOCALES: readonly Locale[] = ['vi', 'en'];
export const DEFAULT_LOCALE: Locale = 'vi';

type Labels = Record<string, { vi: string; en: string }>;

export const ENUM_LABELS: Record<string, Labels> = {
  AdminLevel: {
    PROVINCE: { vi: 'Tỉnh', en: 'Province' },
    DISTRICT: { vi: 'Huyện', en: 'District' },
    COMMUNE: { vi: 'Xã/Phường', en: 'Commune/Ward' },
    VILLAGE: { vi: 'Thôn/Bản', en: 'Village' },
  },
  AgencyKind: {
    PEOPLES_COMMITTEE: { vi: 'Ủy ban nhân dân', en: "People's Committee" },
    LABOUR_SOCIAL_AFFAIRS: { vi: 'Phòng Lao động - Thương binh và Xã hội', en: 'Labour and Social Affairs Office' },
    CULTURE_INFORMATION: { vi: 'Phòng Văn hóa và Thông tin', en: 'Culture and Information Office' },
    RADIO_TELEVISION: { vi: 'Đài Truyền thanh - Truyền hình', en: 'Radio and Television Station' },
    EDUCATION: { vi: 'Phòng Giáo dục và Đào tạo', en: 'Education and Training Office' },
    POLICE: { vi: 'Công an', en: 'Police' },
    HEALTH: { vi: 'Trung tâm Y tế', en: 'Health Centre' },
    FINANCE_PLANNING: { vi: 'Phòng Tài chính - Kế hoạch', en: 'Finance and Planning Office' },
    MASS_ORGANISATION: { vi: 'Đoàn thể', en: 'Mass organisation' },
    OTHER: { vi: 'Khác', en: 'Other' },
  },
  Role: {
    ADMIN: { vi: 'Quản trị hệ thống', en: 'Administrator' },
    LEAD_OFFICER: { vi: 'Cán bộ cơ quan chủ trì', en: 'Lead office officer' },
    COMMUNE_OFFICER: { vi: 'Cán bộ bảo vệ trẻ em cấp xã', en: 'Commune child-protection officer' },
    COMMUNE_CHAIR: { vi: 'Chủ tịch UBND xã', en: 'Commune chairperson' },
    COLLABORATOR: { vi: 'Cộng tác viên thôn/bản', en: 'Village collaborator' },
    POLICE_OFFICER: { vi: 'Cán bộ công an', en: 'Police officer' },
    AGENCY_OFFICER: { vi: 'Cán bộ cơ quan', en: 'Agency officer' },
    AGENCY_HEAD: { vi: 'Thủ trưởng cơ quan', en: 'Agency head' },
    ANALYST: { vi: 'Phân tích số liệu', en: 'Analyst' },
    AUDITOR: { vi: 'Kiểm tra, giám sát', en: 'Auditor' },
  },
  Sex: {
    MALE: { vi: 'Nam', en: 'Male' },
    FEMALE: { vi: 'Nữ', en: 'Female' },
    UNKNOWN: { vi: 'Chưa rõ', en: 'Unknown' },
  },
  SpecialCircumstance: {
    ORPHANED_BOTH_PARENTS: { vi: 'Mồ côi cả cha và mẹ', en: 'Orphaned of both parents' },
    ABANDONED: { vi: 'Bị bỏ rơi', en: 'Abandoned' },
    WITHOUT_SUPPORT: { vi: 'Không nơi nương tựa', en: 'Without any support' },
    DISABLED: { vi: 'Khuyết tật', en: 'With a disability' },
    HIV_AIDS: { vi: 'Nhiễm HIV/AIDS', en: 'Living with HIV/AIDS' },
    IN_CONFLICT_WITH_LAW: { vi: 'Vi phạm pháp luật', en: 'In conflict with the law' },
    DRUG_ADDICTED: { vi: 'Nghiện ma túy', en: 'Addicted to drugs' },
    DROPPED_OUT_TO_WORK: { vi: 'Phải bỏ học kiếm sống', en: 'Dropped out of school to earn a living' },
    HARMED_BY_VIOLENCE: { vi: 'Bị tổn hại nghiêm trọng về thể chất và tinh thần do bị bạo lực', en: 'Seriously harmed by violence' },
    EXPLOITED: { vi: 'Bị bóc lột', en: 'Exploited' },
    SEXUALLY_ABUSED: { vi: 'Bị xâm hại tình dục', en: 'Sexually abused' },
    TRAFFICKED: { vi: 'Bị mua bán', en: 'Trafficked' },
    SERIOUS_ILLNESS_POOR_HOUSEHOLD: { vi: 'Mắc bệnh hiểm nghèo thuộc hộ nghèo, cận nghèo', en: 'Serious illness in a poor or near-poor household' },
    MIGRANT_UNACCOMPANIED: { vi: 'Di cư, lánh nạn chưa xác định được cha mẹ', en: 'Migrant or refugee without identified parents' },
  },
  ChildOrder: {
    NAME_ASC: { vi: 'Tên (A-Z)', en: 'Name (A-Z)' },
    UPDATED_DESC: { vi: 'Cập nhật gần nhất', en: 'Recently updated' },
    BIRTH_DATE_ASC: { vi: 'Ngày sinh', en: 'Date of birth' },
  },
  AbuseForm: {
    VIOLENCE: { vi: 'Bạo lực', en: 'Violence' },
    EXPLOITATION: { vi: 'Bóc lột', en: 'Exploitation' },
    SEXUAL_ABUSE: { vi: 'Xâm hại tình dục', en: 'Sexual abuse' },
    TRAFFICKING: { vi: 'Mua bán', en: 'Trafficking' },
    ABANDONMENT: { vi: 'Bỏ rơi', en: 'Abandonment' },
    NEGLECT: { vi: 'Bỏ mặc', en: 'Neglect' },
    OTHER: { vi: 'Khác', en: 'Other' },
  },
  ReportChannel: {
    HOTLINE_111: { vi: 'Tổng đài 111', en: 'Hotline 111' },
    PHONE: { vi: 'Điện thoại', en: 'Phone' },
    IN_PERSON: { vi: 'Trực tiếp', en: 'In person' },
    REPORTED_BY_OTHER: { vi: 'Người khác báo', en: 'Reported by someone else' },
    POLICE: { vi: 'Công an', en: 'Police' },
    SCHOOL: { vi: 'Nhà trường', en: 'School' },
    HEALTH_FACILITY: { vi: 'Cơ sở y tế', en: 'Health facility' },
    COLLABORATOR: { vi: 'Cộng tác viên', en: 'Collaborator' },
    WRITTEN: { vi: 'Văn bản', en: 'Written' },
    ONLINE: { vi: 'Trực tuyến', en: 'Online' },
  },
  ReportCategory: {
    ABUSED: { vi: 'Bị xâm hại', en: 'Abused' },
    AT_RISK: { vi: 'Có nguy cơ bị xâm hại', en: 'At risk' },
    SPECIAL_CIRCUMSTANCES: { vi: 'Hoàn cảnh đặc biệt', en: 'Special circumstances' },
  },
  ReportStatus: {
    RECEIVED: { vi: 'Đã tiếp nhận', en: 'Received' },
    TRANSFERRED: { vi: 'Đã chuyển', en: 'Transferred' },
    ASSESSED: { vi: 'Đã đánh giá', en: 'Assessed' },
    CASE_OPENED: { vi: 'Đã mở hồ sơ', en: 'Case opened' },
    NO_FURTHER_ACTION: { vi: 'Không cần xử lý thêm', en: 'No further action' },
  },
  ProtectionLevel: {
    PREVENTION: { vi: 'Phòng ngừa', en: 'Prevention' },
    SUPPORT: { vi: 'Hỗ trợ', en: 'Support' },
    INTERVENTION: { vi: 'Can thiệp', en: 'Intervention' },
  },
  RiskLevel: {
    HIGH: { vi: 'Cao', en: 'High' },
    MEDIUM: { vi: 'Trung bình', en: 'Medium' },
    LOW: { vi: 'Thấp', en: 'Low' },
  },
  CaseStatus: {
    RECEIVED: { vi: 'Tiếp nhận', en: 'Received' },
    INITIAL_ASSESSMENT: { vi: 'Đánh giá ban đầu', en: 'Initial assessment' },
    NEEDS_ASSESSMENT: { vi: 'Đánh giá nhu cầu', en: 'Needs assessment' },
    PLAN_DRAFTING: { vi: 'Xây dựng kế hoạch', en: 'Plan drafting' },
    PENDING_APPROVAL: { vi: 'Chờ phê duyệt', en: 'Pending approval' },
    IN_PROGRESS: { vi: 'Đang thực hiện', en: 'In progress' },
    UNDER_REVIEW: { vi: 'Đánh giá lại', en: 'Under review' },
    CLOSED: { vi: 'Đã đóng', en: 'Closed' },
  },
  DeadlineKind: {
    EMERGENCY_ACTION: { vi: 'Can thiệp khẩn cấp (12 giờ)', en: 'Emergency action (12 h)' },
    PLAN_SUBMISSION: { vi: 'Trình kế hoạch', en: 'Plan submission' },
    PLAN_APPROVAL: { vi: 'Phê duyệt kế hoạch', en: 'Plan approval' },
    SEPARATION_END: { vi: 'Kết thúc cách ly tạm thời', en: 'End of temporary separation' },
    REVIEW: { vi: 'Đánh giá lại kế hoạch', en: 'Plan review' },
    INITIAL_ASSESSMENT: { vi: 'Đánh giá ban đầu (12 giờ)', en: 'Initial assessment (12 h)' },
  },
  DeadlineState: {
    PENDING: { vi: 'Chưa đến hạn', en: 'Pending' },
    DUE_SOON: { vi: 'Sắp đến hạn', en: 'Due soon' },
    MET: { vi: 'Đúng hạn', en: 'Met' },
    MISSED: { vi: 'Quá hạn', en: 'Missed' },
  },
  MeasureStatus: {
    PLANNED: { vi: 'Dự kiến', en: 'Planned' },
    IN_PROGRESS: { vi: 'Đang thực hiện', en: 'In progress' },
    DONE: { vi: 'Hoàn thành', en: 'Done' },
    CANCELLED: { vi: 'Hủy', en: 'Cancelled' },
  },
  DutyStatus: {
    NOT_STARTED: { vi: 'Chưa thực hiện', en: 'Not started' },
    IN_PROGRESS: { vi: 'Đang thực hiện', en: 'In progress' },
    DONE: { vi: 'Hoàn thành', en: 'Done' },
    BLOCKED: { vi: 'Vướng mắc', en: 'Blocked' },
  },
  // Entries of a record's change history (the audit actions a person reads there).
  ChildHistoryAction: {
    CHILD_REGISTERED: { vi: 'Đăng ký hồ sơ', en: 'Registered' },
    CHILD_UPDATED: { vi: 'Sửa thông tin', en: 'Details changed' },
    CHILD_CIRCUMSTANCE_ADDED: { vi: 'Thêm hoàn cảnh đặc biệt', en: 'Circumstance added' },
    CHILD_CIRCUMSTANCE_ENDED: { vi: 'Kết thúc hoàn cảnh đặc biệt', en: 'Circumstance ended' },
    CHILD_MERGED: { vi: 'Gộp hồ sơ trùng', en: 'Duplicate records merged' },
  },
};

export const enumLabel = (enumName: string, value: string, locale: Locale): string =>
  ENUM_LABELS[enumName]?.[value]?.[locale] ?? value;

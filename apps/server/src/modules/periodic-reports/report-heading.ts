import { TIME_ZONE } from '../../common/dates';
import type { Period } from '../directives/reporting-period';

export type HeadingUnit = { name: string; level: string };
export type HeadingData = {
  parentBody: string | null;
  issuingBody: string;
  number: string;
  placeAndDate: string;
  title: string;
  subtitle: string;
  addressees: string[];
  recipients: string[];
  signatureLines: string[];
};

export const NATIONAL_MOTTO = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];

// "Huyện Tam Đường" -> "Tam Đường": the place name written before the date.
export const placeName = (unitName: string): string =>
  unitName.replace(/^(Tỉnh|Thành phố|Huyện|Quận|Thị xã|Xã|Phường|Thị trấn|Đặc khu)\s+/u, '');

const dateParts = (at: Date) => {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric' }).formatToParts(
    at,
  );
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return { day: get('day'), month: get('month'), year: get('year') };
};

// The administrative layout of a report (Decree 30/2020/NĐ-CP, form of a "báo cáo"): issuing
// body over its parent on the left, the national motto on the right, the number, place and
// date, the title, the addressee, and at the end the recipients and the signature block. The
// number is left blank: the clerk fills it in when the report is registered and signed.
export const reportHeading = (
  unit: HeadingUnit,
  leadOffice: string | null,
  parentUnitName: string | null,
  period: Period,
  at: Date,
): HeadingData => {
  const { day, month, year } = dateParts(at);
  const district = unit.level !== 'COMMUNE';
  const committee = `Ủy ban nhân dân ${unit.name.charAt(0).toLowerCase()}${unit.name.slice(1)}`;
  const parentCommittee = parentUnitName ? `Ủy ban nhân dân ${parentUnitName.charAt(0).toLowerCase()}${parentUnitName.slice(1)}` : null;
  const office = district && leadOffice ? leadOffice.replace(new RegExp(`\\s+${unit.name}$`, 'iu'), '') : null;
  return {
    parentBody: office ? committee.toUpperCase() : null,
    issuingBody: (office ?? committee).toUpperCase(),
    number: office ? 'Số:      /BC-LĐTBXH' : 'Số:      /BC-UBND',
    placeAndDate: `${placeName(unit.name)}, ngày ${day} tháng ${month} năm ${year}`,
    title: 'BÁO CÁO',
    subtitle: `Kết quả thực hiện công tác trẻ em kỳ báo cáo ${period.index} năm ${period.year} (từ ${fmt(period.startsOn)} đến ${fmt(period.endsOn)})`,
    addressees: [office ? committee : parentCommittee ? `${parentCommittee} (qua Phòng Lao động - TB&XH)` : committee],
    recipients: ['- Như trên;', '- Lưu: VT.'],
    signatureLines: office ? ['TRƯỞNG PHÒNG', '(Ký, ghi rõ họ tên)'] : ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '(Ký, ghi rõ họ tên, đóng dấu)'],
  };
};

const fmt = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

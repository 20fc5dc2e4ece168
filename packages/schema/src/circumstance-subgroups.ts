import { SpecialCircumstance } from './enums';

// Decree 56/2017/NĐ-CP sub-groups, only those that the domain brief (§2.2) confirms from a
// source; the other groups have none until they are confirmed. Data, not code: the codes are
// stored on child_circumstance.subgroup, the labels are shown in both languages.
export type CircumstanceSubgroup = { group: SpecialCircumstance; code: string; vi: string; en: string };

export const CIRCUMSTANCE_SUBGROUPS: readonly CircumstanceSubgroup[] = [
  { group: SpecialCircumstance.ORPHANED_BOTH_PARENTS, code: 'A1', vi: 'Không có người chăm sóc', en: 'Without a caregiver' },
  {
    group: SpecialCircumstance.ORPHANED_BOTH_PARENTS,
    code: 'A2',
    vi: 'Đang được chăm sóc tại cơ sở trợ giúp xã hội hoặc cơ sở cung cấp dịch vụ bảo vệ trẻ em',
    en: 'Cared for in a social-assistance or child-protection service facility',
  },
  { group: SpecialCircumstance.ORPHANED_BOTH_PARENTS, code: 'A3', vi: 'Đang sống cùng người thân thích', en: 'Living with relatives' },
  {
    group: SpecialCircumstance.ORPHANED_BOTH_PARENTS,
    code: 'A4',
    vi: 'Được chăm sóc thay thế bởi cá nhân, gia đình không phải người thân thích (trừ nhận con nuôi)',
    en: 'In alternative care by a non-relative individual or family (not adoption)',
  },
  { group: SpecialCircumstance.ABANDONED, code: 'B1', vi: 'Chưa được chăm sóc thay thế', en: 'Not yet in alternative care' },
  { group: SpecialCircumstance.ABANDONED, code: 'B2', vi: 'Đang được chăm sóc thay thế', en: 'In alternative care' },
  {
    group: SpecialCircumstance.EXPLOITED,
    code: 'K1',
    vi: 'Bị ép buộc lao động trái quy định của pháp luật',
    en: 'Forced into labour contrary to law',
  },
  { group: SpecialCircumstance.SEXUALLY_ABUSED, code: 'L1', vi: 'Bị hiếp dâm', en: 'Raped' },
  { group: SpecialCircumstance.SEXUALLY_ABUSED, code: 'L2', vi: 'Bị cưỡng dâm', en: 'Coerced into sex' },
  { group: SpecialCircumstance.SEXUALLY_ABUSED, code: 'L3', vi: 'Bị giao cấu', en: 'Subjected to sexual intercourse' },
  { group: SpecialCircumstance.SEXUALLY_ABUSED, code: 'L4', vi: 'Bị dâm ô', en: 'Molested' },
  {
    group: SpecialCircumstance.SEXUALLY_ABUSED,
    code: 'L5',
    vi: 'Bị sử dụng vào mục đích mại dâm, khiêu dâm dưới mọi hình thức',
    en: 'Used for prostitution or pornography in any form',
  },
];

export const isSubgroupOf = (group: SpecialCircumstance, code: string): boolean =>
  CIRCUMSTANCE_SUBGROUPS.some((s) => s.group === group && s.code === code);

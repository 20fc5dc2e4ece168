// The columns of the children import file and of the export, in both languages. The English
// header is the contract's field name; either header is accepted on import.
export type ChildColumn = { key: string; vi: string; en: string; required?: boolean; note: { vi: string; en: string } };

export const CHILD_IMPORT_COLUMNS: readonly ChildColumn[] = [
  { key: 'fullName', vi: 'Họ và tên', en: 'fullName', required: true, note: { vi: 'Bắt buộc', en: 'Required' } },
  {
    key: 'dateOfBirth',
    vi: 'Ngày sinh',
    en: 'dateOfBirth',
    required: true,
    note: { vi: 'dd/MM/yyyy hoặc YYYY-MM-DD', en: 'dd/MM/yyyy or YYYY-MM-DD' },
  },
  {
    key: 'sex',
    vi: 'Giới tính',
    en: 'sex',
    required: true,
    note: { vi: 'Nam, Nữ, MALE, FEMALE hoặc UNKNOWN', en: 'MALE, FEMALE, UNKNOWN, Nam or Nữ' },
  },
  {
    key: 'communeCode',
    vi: 'Mã xã',
    en: 'communeCode',
    required: true,
    note: { vi: 'Mã 5 chữ số của xã/phường', en: '5-digit commune code' },
  },
  { key: 'villageCode', vi: 'Mã thôn/bản', en: 'villageCode', note: { vi: 'Mã hoặc tên thôn/bản', en: 'Village code or name' } },
  { key: 'ethnicity', vi: 'Dân tộc', en: 'ethnicity', note: { vi: 'Một trong 54 dân tộc', en: 'One of the 54 ethnic groups' } },
  { key: 'personalId', vi: 'Số định danh cá nhân', en: 'personalId', note: { vi: '12 chữ số', en: '12 digits' } },
  { key: 'address', vi: 'Địa chỉ', en: 'address', note: { vi: '', en: '' } },
  { key: 'caregiverName', vi: 'Họ tên người chăm sóc', en: 'caregiverName', note: { vi: '', en: '' } },
  {
    key: 'caregiverRelationship',
    vi: 'Quan hệ với trẻ',
    en: 'caregiverRelationship',
    note: { vi: 'Bắt buộc khi có người chăm sóc', en: 'Required with a caregiver' },
  },
];

// Extra columns of the export.
export const CHILD_EXPORT_EXTRA_COLUMNS: readonly ChildColumn[] = [
  { key: 'code', vi: 'Mã trẻ', en: 'code', note: { vi: '', en: '' } },
  { key: 'ageYears', vi: 'Tuổi', en: 'ageYears', note: { vi: '', en: '' } },
  { key: 'commune', vi: 'Xã/phường', en: 'commune', note: { vi: '', en: '' } },
  { key: 'village', vi: 'Thôn/bản', en: 'village', note: { vi: '', en: '' } },
  { key: 'circumstances', vi: 'Hoàn cảnh đặc biệt', en: 'circumstances', note: { vi: '', en: '' } },
  { key: 'atRisk', vi: 'Có nguy cơ', en: 'atRisk', note: { vi: '', en: '' } },
];

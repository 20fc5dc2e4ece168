// The 54 official ethnic groups of Viet Nam (General Statistics Office list, codes 01-54).
export const ETHNIC_GROUPS: readonly { code: string; vi: string; en: string }[] = [
  ['01', 'Kinh', 'Kinh'], ['02', 'Tày', 'Tay'], ['03', 'Thái', 'Thai'], ['04', 'Hoa', 'Hoa'],
  ['05', 'Khơ Me', 'Khmer'], ['06', 'Mường', 'Muong'], ['07', 'Nùng', 'Nung'], ['08', 'Mông', 'Hmong'],
  ['09', 'Dao', 'Dao'], ['10', 'Gia Rai', 'Gia Rai'], ['11', 'Ngái', 'Ngai'], ['12', 'Ê Đê', 'Ede'],
  ['13', 'Ba Na', 'Ba Na'], ['14', 'Xơ Đăng', 'Xo Dang'], ['15', 'Sán Chay', 'San Chay'], ['16', 'Cơ Ho', 'Co Ho'],
  ['17', 'Chăm', 'Cham'], ['18', 'Sán Dìu', 'San Diu'], ['19', 'Hrê', 'Hre'], ['20', 'Mnông', 'Mnong'],
  ['21', 'Ra Glai', 'Ra Glai'], ['22', 'Xtiêng', 'Xtieng'], ['23', 'Bru Vân Kiều', 'Bru Van Kieu'], ['24', 'Thổ', 'Tho'],
  ['25', 'Giáy', 'Giay'], ['26', 'Cơ Tu', 'Co Tu'], ['27', 'Gié Triêng', 'Gie Trieng'], ['28', 'Mạ', 'Ma'],
  ['29', 'Khơ Mú', 'Kho Mu'], ['30', 'Co', 'Co'], ['31', 'Tà Ôi', 'Ta Oi'], ['32', 'Chơ Ro', 'Cho Ro'],
  ['33', 'Kháng', 'Khang'], ['34', 'Xinh Mun', 'Xinh Mun'], ['35', 'Hà Nhì', 'Ha Nhi'], ['36', 'Chu Ru', 'Chu Ru'],
  ['37', 'Lào', 'Lao'], ['38', 'La Chí', 'La Chi'], ['39', 'La Ha', 'La Ha'], ['40', 'Phù Lá', 'Phu La'],
  ['41', 'La Hủ', 'La Hu'], ['42', 'Lự', 'Lu'], ['43', 'Lô Lô', 'Lo Lo'], ['44', 'Chứt', 'Chut'],
  ['45', 'Mảng', 'Mang'], ['46', 'Pà Thẻn', 'Pa Then'], ['47', 'Cờ Lao', 'Co Lao'], ['48', 'Cống', 'Cong'],
  ['49', 'Bố Y', 'Bo Y'], ['50', 'Si La', 'Si La'], ['51', 'Pu Péo', 'Pu Peo'], ['52', 'Brâu', 'Brau'],
  ['53', 'Ơ Đu', 'O Du'], ['54', 'Rơ Măm', 'Ro Mam'],
].map(([code, vi, en]) => ({ code: code as string, vi: vi as string, en: en as string }));

export const ETHNICITY_NAMES: ReadonlySet<string> = new Set(ETHNIC_GROUPS.map((g) => g.vi));

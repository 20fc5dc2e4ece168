import { describe, expect, it } from 'vitest';
import { periodsOf } from '../directives/reporting-period';
import { placeName, reportHeading } from './report-heading';

const [h1] = periodsOf(['04-30', '10-31'], 2021);
const at = new Date('2021-04-28T20:00:00Z'); // 29/04/2021 03:00 in Vietnam

describe('reportHeading', () => {
  it("lays out a district report from the lead office to the district People's Committee", () => {
    const h = reportHeading(
      { name: 'Huyện Tam Đường', level: 'DISTRICT' },
      'Phòng Lao động - Thương binh và Xã hội huyện Tam Đường',
      null,
      h1!,
      at,
    );
    expect(h).toMatchObject({
      parentBody: 'ỦY BAN NHÂN DÂN HUYỆN TAM ĐƯỜNG',
      issuingBody: 'PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI',
      number: 'Số:      /BC-LĐTBXH',
      placeAndDate: 'Tam Đường, ngày 29 tháng 04 năm 2021',
      addressees: ['Ủy ban nhân dân huyện Tam Đường'],
      signatureLines: ['TRƯỞNG PHÒNG', '(Ký, ghi rõ họ tên)'],
    });
  });

  it("lays out a commune report signed for the People's Committee, through the labour office", () => {
    const h = reportHeading({ name: 'Xã Bình Lư', level: 'COMMUNE' }, null, 'Huyện Tam Đường', h1!, at);
    expect(h).toMatchObject({
      parentBody: null,
      issuingBody: 'ỦY BAN NHÂN DÂN XÃ BÌNH LƯ',
      placeAndDate: 'Bình Lư, ngày 29 tháng 04 năm 2021',
      addressees: ['Ủy ban nhân dân huyện Tam Đường (qua Phòng Lao động - TB&XH)'],
      signatureLines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '(Ký, ghi rõ họ tên, đóng dấu)'],
    });
    expect(placeName('Thị trấn Tam Đường')).toBe('Tam Đường');
  });
});

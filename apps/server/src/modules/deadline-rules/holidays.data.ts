// Viet Nam's public holidays, 2021-2027, one row per day off (weekends inside a Tết break are
// listed too; they change nothing). Entered as data, not computed: the Labour Code 2019
// (art. 112) fixes the holidays, but the Tết break, swapped days and compensatory days off are
// announced every year by the Prime Minister / Ministry (LĐTBXH, from 2025 Bộ Nội vụ) for civil
// servants. Lunar dates (Tết = 1/1 lunar, Hùng Kings = 10/3 lunar) are Vietnamese-calendar
// (UTC+7) dates. 2027 is provisional until its notice is published. Admins edit the table.
export type HolidayKind = 'HOLIDAY' | 'TET' | 'COMPENSATORY' | 'WORKDAY';
export type HolidayRow = { day: string; name: string; kind: HolidayKind; source: string };

const range = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
    out.push(d.toISOString().slice(0, 10));
  }
  return out;
};

type YearSpec = {
  year: number;
  source: string;
  tet: [string, string];
  hungKings: string;
  compensatory: string[];
  workdays?: string[]; // weekend days worked in exchange for a swapped day off
  nationalDay2: string; // the second National Day holiday (1/9 or 3/9)
};

const YEARS: YearSpec[] = [
  {
    year: 2021,
    source: 'Thông báo 6150/TB-LĐTBXH (2020)',
    tet: ['2021-02-10', '2021-02-16'],
    hungKings: '2021-04-21',
    compensatory: ['2021-05-03'],
    nationalDay2: '2021-09-03',
  },
  {
    year: 2022,
    source: 'Thông báo 4284/TB-LĐTBXH (2021)',
    tet: ['2022-01-29', '2022-02-06'],
    hungKings: '2022-04-10',
    compensatory: ['2022-01-03', '2022-04-11', '2022-05-02', '2022-05-03'],
    nationalDay2: '2022-09-01',
  },
  {
    year: 2023,
    source: 'Thông báo 5233/TB-LĐTBXH (2022)',
    tet: ['2023-01-20', '2023-01-26'],
    hungKings: '2023-04-29',
    compensatory: ['2023-01-02', '2023-05-02', '2023-05-03', '2023-09-04'],
    nationalDay2: '2023-09-01',
  },
  {
    year: 2024,
    source: 'Thông báo 6150/TB-LĐTBXH (2023)',
    tet: ['2024-02-08', '2024-02-14'],
    hungKings: '2024-04-18',
    compensatory: ['2024-04-29'],
    workdays: ['2024-05-04'],
    nationalDay2: '2024-09-03',
  },
  {
    year: 2025,
    source: 'Thông báo 6150/TB-LĐTBXH (2024); Công điện 2025 hoán đổi 2/5',
    tet: ['2025-01-25', '2025-02-02'],
    hungKings: '2025-04-07',
    compensatory: ['2025-05-02'],
    workdays: ['2025-04-26'],
    nationalDay2: '2025-09-01',
  },
  {
    year: 2026,
    source: 'Thông báo của Bộ Nội vụ (2025) về nghỉ Tết Dương lịch, Tết Âm lịch 2026',
    tet: ['2026-02-14', '2026-02-22'],
    hungKings: '2026-04-26',
    compensatory: ['2026-01-02', '2026-04-27'],
    workdays: ['2026-01-10'],
    nationalDay2: '2026-09-01',
  },
  {
    year: 2027,
    source: 'Dự kiến theo Bộ luật Lao động 2019 điều 112 (chờ thông báo chính thức)',
    tet: ['2027-02-04', '2027-02-10'],
    hungKings: '2027-04-16',
    compensatory: ['2027-05-03'],
    nationalDay2: '2027-09-03',
  },
];

export const SEED_HOLIDAYS: HolidayRow[] = YEARS.flatMap((y) => [
  { day: `${y.year}-01-01`, name: 'Tết Dương lịch', kind: 'HOLIDAY' as const, source: y.source },
  ...range(...y.tet).map((day) => ({ day, name: 'Tết Nguyên đán', kind: 'TET' as const, source: y.source })),
  { day: y.hungKings, name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', kind: 'HOLIDAY' as const, source: y.source },
  { day: `${y.year}-04-30`, name: 'Ngày Chiến thắng (30/4)', kind: 'HOLIDAY' as const, source: y.source },
  { day: `${y.year}-05-01`, name: 'Ngày Quốc tế Lao động (1/5)', kind: 'HOLIDAY' as const, source: y.source },
  { day: `${y.year}-09-02`, name: 'Quốc khánh (2/9)', kind: 'HOLIDAY' as const, source: y.source },
  { day: y.nationalDay2, name: 'Quốc khánh (ngày liền kề)', kind: 'HOLIDAY' as const, source: y.source },
  ...y.compensatory.map((day) => ({ day, name: 'Nghỉ bù / hoán đổi', kind: 'COMPENSATORY' as const, source: y.source })),
  ...(y.workdays ?? []).map((day) => ({ day, name: 'Làm bù (ngày nghỉ hằng tuần đi làm)', kind: 'WORKDAY' as const, source: y.source })),
]);

// Lunar New Year's day (1/1 lunar, Vietnamese calendar) per year, to check the Tết rows against.
export const LUNAR_NEW_YEAR: Record<number, string> = {
  2021: '2021-02-12',
  2022: '2022-02-01',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
};

// The 2021 directive of the district People's Committee (shared/seed/directive-2021-vi.txt) as
// data: every duty in the directive's own words, under the section it stands in, for the agency
// the section names. `to` is an agency code of the demo district (demo.seed.ts): 'EACH_AGENCY'
// means section 7's "các cơ quan, ban, ngành, đoàn thể" (one duty per district agency), and
// 'EACH_COMMUNE' means section 8's "UBND các xã, thị trấn" (one duty per commune per item).
// The number and the date of issue are not in the text we have; the date is the working
// assumption that it followed its basis (02/3/2021) within the month.
export type DutySeed = { section: string; to: string; title: string; description: string; indicators?: string[] };

export const DIRECTIVE_2021 = {
  number: null as string | null,
  title: 'Triển khai thực hiện công tác trẻ em năm 2021',
  issuedOn: '2021-03-15',
  basis:
    'Căn cứ Công văn số 223/LĐTBXH-BVCSTE ngày 02/3/2021 của Sở Lao động - TBXH tỉnh Lai Châu về việc hướng dẫn công tác trẻ em năm 2021',
  reportingDeadlines: ['04-30', '10-31'],
  issuer: 'UBND',
};

const LABOUR = 'LDTBXH';

export const DUTIES_2021: DutySeed[] = [
  {
    section: '1',
    to: LABOUR,
    title: 'Bảo trợ xã hội, y tế, giáo dục và trợ giúp pháp lý ở cả ba cấp độ',
    description:
      'Chủ trì, phối hợp với các cơ quan, đơn vị liên quan; UBND các xã, thị trấn thực hiện tốt công tác: Bảo trợ xã hội, y tế, giáo dục và trợ giúp pháp lý nhằm đáp ứng việc bảo vệ, chăm sóc trẻ em ở cả ba cấp độ (phòng ngừa, hỗ trợ, can thiệp)',
  },
  {
    section: '1',
    to: LABOUR,
    title: 'Tiếp nhận, xử lý kịp thời thông tin, thông báo, tố giác về bạo lực, xâm hại trẻ em',
    description: 'Tiếp nhận, xử lý kịp thời thông tin, thông báo, tố giác về bạo lực, xâm hại trẻ em',
    indicators: ['Số thông tin, thông báo, tố giác được tiếp nhận, xử lý'],
  },
  {
    section: '1',
    to: LABOUR,
    title: 'Phòng, chống xâm hại, tai nạn thương tích và lao động trái quy định',
    description:
      'Duy trì phòng, chống xâm hại trẻ em; phòng, chống tai nạn thương tích trẻ em, đặc biệt tai nạn đuối nước và tai nạn giao thông; phòng ngừa, giảm thiểu trẻ em lao động trái quy định của pháp luật...',
  },
  {
    section: '1',
    to: LABOUR,
    title: 'Kế hoạch Tháng hành động về trẻ em, vui Tết Trung thu',
    description:
      'Xây dựng kế hoạch thực hiện Tháng hành động về trẻ em, vui Tết Trung thu cho mọi trẻ em và quan tâm đến trẻ em có hoàn cảnh đặc biệt.',
  },
  {
    section: '1',
    to: LABOUR,
    title: 'Củng cố, kiện toàn hội đồng quỹ Bảo trợ trẻ em',
    description:
      'Củng cố, kiện toàn hội đồng quỹ Bảo trợ trẻ em, huy động tối đa nguồn lực cho công tác chăm sóc, giáo dục và bảo vệ trẻ em. Quản lý, sử dụng hiệu quả, minh bạch các nguồn chi cho công tác trẻ em.',
    indicators: ['Kinh phí huy động cho quỹ Bảo trợ trẻ em (nghìn đồng)'],
  },
  {
    section: '1',
    to: LABOUR,
    title: 'Đôn đốc cập nhật thông tin trẻ em vào phần mềm quản lý trẻ em',
    description:
      'Đôn đốc UBND các xã, thị trấn tiếp tục khảo sát, thu thập, cập nhật thông tin về trẻ em, trẻ em có hoàn cảnh đặc biệt vào phần mềm quản lý trẻ em để hoàn thiện cơ sở dữ liệu về trẻ em trên địa bàn; duy trì hoạt động đánh giá việc xây dựng xã, thị trấn phù hợp với trẻ em, các chính sách, mục tiêu, chỉ tiêu về trẻ em trên địa bàn.',
  },
  {
    section: '1',
    to: LABOUR,
    title: 'Kiểm tra việc thực hiện pháp luật về trẻ em; tổng hợp báo cáo',
    description:
      'Tăng cường công tác kiểm tra việc thực hiện các quy định của pháp luật về chăm sóc, giáo dục, bảo vệ trẻ em tại các xã, thị trấn. Tổng hợp báo cáo về UBND huyện theo quy định.',
    indicators: ['Số cuộc kiểm tra tại các xã, thị trấn'],
  },
  ...['VHTT', 'TTTH'].map((to) => ({
    section: '2',
    to,
    title: 'Tuyên truyền, giáo dục pháp luật về quyền trẻ em, bảo vệ trẻ em',
    description:
      'Đẩy mạnh công tác tuyên truyền, giáo dục pháp luật về thực hiện quyền trẻ em, bảo vệ trẻ em, đặc biệt là các quy định của Luật trẻ em và các văn bản có liên quan.',
    indicators: ['Số tin, bài, buổi tuyên truyền'],
  })),
  {
    section: '3',
    to: 'GDDT',
    title: 'Bàn giao, quản lý học sinh và hoạt động vui chơi dịp hè',
    description:
      'Phối hợp với Huyện Đoàn và UBND các xã, thị trấn tổ chức thực hiện bàn giao, quản lý học sinh, tổ chức các hoạt động vui chơi, giải trí cho trẻ em trong dịp hè để giảm thiểu trẻ em bị tai nạn đuối nước, bị bạo lực, xâm hại, bảo đảm mùa hè an toàn, lành mạnh cho trẻ em tại địa phương.',
  },
  {
    section: '3',
    to: 'GDDT',
    title: 'Củng cố, kiện toàn quỹ khuyến học',
    description: 'Củng cố, kiện toàn quỹ khuyến học nhằm huy động tối đa nguồn lực chăm sóc, giáo dục, bảo vệ trẻ em.',
  },
  {
    section: '3',
    to: 'GDDT',
    title: 'Kiểm tra, hướng dẫn tự kiểm tra các trường học, cơ sở giáo dục mầm non',
    description:
      'Thực hiện kiểm tra, hướng dẫn tự kiểm tra đối với các đơn vị trường học công lập và tư thục, đặc biệt là tại các cơ sở giáo dục mầm non về tiêu chuẩn, điều kiện hoạt động, bảo đảm an toàn, phòng ngừa bạo lực, xâm hại trẻ em.',
    indicators: ['Số trường học được kiểm tra'],
  },
  {
    section: '3',
    to: 'GDDT',
    title: 'Lựa chọn trẻ em tham gia Diễn đàn trẻ em các cấp',
    description:
      'Phối hợp với phòng Lao động - TB&XH huyện lựa chọn trẻ em tham gia tổ chức Diễn đàn trẻ em các cấp để xem xét và giải quyết những vấn đề, kiến nghị mà trẻ em quan tâm.',
  },
  {
    section: '4',
    to: 'CA',
    title: 'Tham vấn, hỗ trợ trẻ em bị buôn bán, bắt cóc, xâm hại, bạo lực',
    description:
      'Phối hợp các cơ quan, đơn vị liên quan, các tổ chức xã hội trên địa bàn tham vấn, hỗ trợ trẻ em bị buôn bán, bắt cóc, xâm hại, bạo lực và trẻ em có hoàn cảnh đặc biệt theo quy định tại Nghị định 56/2017/NĐ-CP ngày 09/5/2017 của Chính phủ',
  },
  {
    section: '4',
    to: 'CA',
    title: 'Giáo dục, giúp đỡ người chưa thành niên vi phạm pháp luật',
    description: 'giáo dục, giúp đỡ người chưa thành niên vi phạm pháp luật, tạo điều kiện để họ phục hồi hòa nhập cộng đồng',
  },
  {
    section: '4',
    to: 'CA',
    title: 'Bảo vệ người tố cáo hành vi xâm hại trẻ em',
    description: 'phối hợp trong việc thực hiện nhiệm vụ bảo vệ trẻ em, bảo vệ người tố cáo hành vi xâm hại trẻ em.',
  },
  {
    section: '5',
    to: 'TTYT',
    title: 'Khám, chữa bệnh miễn phí cho trẻ em',
    description:
      'Chủ trì, hướng dẫn thực hiện chính sách khám, chữa bệnh miễn phí cho trẻ em dưới 06 tuổi, trẻ em là nạn nhân buôn bán người, bị xâm hại tình dục',
    indicators: [
      'Số trẻ em dưới 06 tuổi được khám, chữa bệnh miễn phí',
      'Số trẻ em là nạn nhân buôn bán người, bị xâm hại tình dục được khám, chữa bệnh miễn phí',
    ],
  },
  {
    section: '5',
    to: 'TTYT',
    title: 'Tư vấn, xét nghiệm, điều trị cho trẻ em nhiễm HIV/AIDS',
    description:
      'Tư vấn, xét nghiệm, cấp thuốc điều trị nhiễm trùng cơ hội cho trẻ em nhiễm HIV/AIDS ở cộng đồng đảm bảo theo quy định hiện hành.',
    indicators: ['Số trẻ em nhiễm HIV/AIDS được tư vấn, xét nghiệm, cấp thuốc'],
  },
  {
    section: '6',
    to: 'TCKH',
    title: 'Bố trí ngân sách cho chương trình, kế hoạch về trẻ em',
    description:
      'Tham mưu việc bố trí ngân sách thực hiện hiệu quả các hoạt động của chương trình, kế hoạch về chăm sóc, giáo dục và bảo vệ trẻ em theo quy định.',
    indicators: ['Ngân sách bố trí cho công tác trẻ em (nghìn đồng)'],
  },
  {
    section: '7',
    to: 'EACH_AGENCY',
    title: 'Kiểm tra, giám sát việc thực hiện chính sách về trẻ em',
    description: 'Phối hợp tăng cường kiểm tra, giám sát về việc thực hiện các chính sách, chương trình, đề án, kế hoạch về trẻ em.',
  },
  {
    section: '8',
    to: 'EACH_COMMUNE',
    title: 'Tuyên truyền trên hệ thống loa truyền thanh; Tổng đài 111',
    description:
      'Tăng cường tuyên truyền trên hệ thống loa truyền thanh các xã, thị trấn về kỹ năng thực hiện quyền, bổn phận của trẻ em, đặc biệt về chăm sóc, phát triển toàn diện trẻ em; bảo vệ trẻ em, phòng, chống bạo lực, xâm hại tình dục trẻ em, bóc lột trẻ em; phòng ngừa tai nạn, thương tích trẻ em; thúc đẩy quyền tham gia của trẻ em vào các vấn đề về trẻ em; truyền thông, quảng bá rộng rãi Tổng đài điện thoại quốc gia bảo vệ trẻ em (số 111).',
    indicators: ['Số buổi tuyên truyền trên loa truyền thanh'],
  },
  {
    section: '8',
    to: 'EACH_COMMUNE',
    title: 'Biểu dương, nhân rộng mô hình, điển hình tốt',
    description:
      'Biểu dương, nhân rộng những mô hình, điển hình, những sáng kiến tốt, những người tốt, việc tốt trong bảo vệ, chăm sóc, giáo dục trẻ em và đóng góp nguồn lực cho trẻ em.',
  },
  {
    section: '8',
    to: 'EACH_COMMUNE',
    title: 'Lồng ghép nhiệm vụ về trẻ em vào kế hoạch phát triển kinh tế - xã hội',
    description:
      'Lồng ghép, đưa nhiệm vụ thực hiện quyền trẻ em, thực hiện các mục tiêu, chỉ tiêu về trẻ em vào các chương trình, kế hoạch phát triển kinh tế - xã hội của địa phương. Tăng cường vận động nguồn lực xã hội hóa để thực hiện công tác trẻ em.',
  },
  {
    section: '8',
    to: 'EACH_COMMUNE',
    title: 'Củng cố bộ máy bảo vệ trẻ em cấp xã, mạng lưới cộng tác viên',
    description:
      'Củng cố, kiện toàn bộ máy nhân sự làm công tác bảo vệ trẻ em cấp xã, phát triển mạng lưới cộng tác viên bảo vệ trẻ em tại cộng đồng dân cư... duy trì hoạt động thu thập thông tin, theo dõi, đánh giá việc xây dựng xã, thị trấn phù hợp với trẻ em và thực hiện Luật trẻ em, các chính sách, mục tiêu, chỉ tiêu về trẻ em ở xã, thị trấn.',
    indicators: ['Số cộng tác viên bảo vệ trẻ em'],
  },
  {
    section: '8',
    to: 'EACH_COMMUNE',
    title: 'Tháng hành động Vì trẻ em, Tết Trung thu 2021; phòng, chống Covid-19',
    description:
      'Tổ chức các hoạt động hưởng ứng Tháng hành động Vì trẻ em, Tết Trung thu năm 2021 với chủ đề “Chung tay bảo đảm thực hiện quyền, bảo vệ trẻ em trong thiên tai, dịch bệnh”; Tăng cường truyền thông, thực hiện biện pháp phòng ngừa, ứng phó để bảo vệ trẻ em kịp thời trong bối cảnh đại dịch Covid - 19 luôn có nguy cơ bùng phát.',
  },
];

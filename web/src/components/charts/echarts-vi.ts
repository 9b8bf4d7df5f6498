/**
 * Vietnamese locale of ECharts (it ships none): month and day names, legend selector, toolbox and the
 * accessibility descriptions, after the structure of ECharts' own `i18n/langEN`.
 */
const months = Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}`);

/** The locale object, registered as `VI`. */
export const ECHARTS_VI = {
  time: {
    month: months,
    monthAbbr: Array.from({ length: 12 }, (_, i) => `Th${i + 1}`),
    dayOfWeek: ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'],
    dayOfWeekAbbr: ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'],
  },
  legend: { selector: { all: 'Tất cả', inverse: 'Đảo chọn' } },
  toolbox: {
    brush: { title: { rect: 'Chọn vùng chữ nhật', polygon: 'Chọn vùng tự do', lineX: 'Chọn theo chiều ngang', lineY: 'Chọn theo chiều dọc', keep: 'Giữ vùng chọn', clear: 'Xóa vùng chọn' } },
    dataView: { title: 'Xem dữ liệu', lang: ['Xem dữ liệu', 'Đóng', 'Làm mới'] },
    dataZoom: { title: { zoom: 'Phóng to', back: 'Về ban đầu' } },
    magicType: { title: { line: 'Chuyển sang biểu đồ đường', bar: 'Chuyển sang biểu đồ cột', stack: 'Xếp chồng', tiled: 'Xếp cạnh nhau' } },
    restore: { title: 'Khôi phục' },
    saveAsImage: { title: 'Lưu thành ảnh', lang: ['Nhấp chuột phải để lưu ảnh'] },
  },
  series: {
    typeNames: {
      pie: 'Biểu đồ tròn', bar: 'Biểu đồ cột', line: 'Biểu đồ đường', scatter: 'Biểu đồ phân tán', effectScatter: 'Biểu đồ phân tán gợn sóng',
      radar: 'Biểu đồ radar', tree: 'Biểu đồ cây', treemap: 'Biểu đồ ô', boxplot: 'Biểu đồ hộp', candlestick: 'Biểu đồ nến', k: 'Biểu đồ K',
      heatmap: 'Bản đồ nhiệt', map: 'Bản đồ', parallel: 'Biểu đồ tọa độ song song', lines: 'Biểu đồ tuyến', graph: 'Biểu đồ quan hệ',
      sankey: 'Biểu đồ Sankey', funnel: 'Biểu đồ phễu', gauge: 'Đồng hồ đo', pictorialBar: 'Biểu đồ cột hình ảnh', themeRiver: 'Biểu đồ dòng chủ đề',
      sunburst: 'Biểu đồ mặt trời', custom: 'Biểu đồ tùy chỉnh', chart: 'Biểu đồ',
    },
  },
  aria: {
    general: { withTitle: 'Đây là biểu đồ về "{title}"', withoutTitle: 'Đây là một biểu đồ' },
    series: {
      single: { prefix: '', withName: ' loại {seriesType} tên {seriesName}.', withoutName: ' loại {seriesType}.' },
      multiple: {
        prefix: '. Gồm {seriesCount} chuỗi số liệu.',
        withName: ' Chuỗi {seriesId} là {seriesType} thể hiện {seriesName}.',
        withoutName: ' Chuỗi {seriesId} là {seriesType}.',
        separator: { middle: '', end: '' },
      },
    },
    data: {
      allData: 'Số liệu như sau: ',
      partialData: '{displayCnt} mục đầu tiên là: ',
      withName: 'số liệu của {name} là {value}',
      withoutName: '{value}',
      separator: { middle: ', ', end: '. ' },
    },
  },
};

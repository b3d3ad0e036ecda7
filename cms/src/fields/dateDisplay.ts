/**
 * How staff see and pick times: 2026年11月22日 09:00, Beijing time stated beside the field (the
 * portal's notice periods and publication times are all Shanghai times).
 */
export const shanghaiDateTime = {
  pickerAppearance: 'dayAndTime',
  displayFormat: 'yyyy年M月d日 HH:mm',
  timeFormat: 'HH:mm',
  timeIntervals: 15,
  // react-datepicker's own caption over the time column is "Time"; Payload does not set it.
  overrides: { timeCaption: '时间' },
} as const
export const shanghaiDay = { pickerAppearance: 'dayOnly', displayFormat: 'yyyy年M月d日' } as const
export const BEIJING_TIME = { zh: '北京时间（Asia/Shanghai）。', en: 'Shanghai time.' }

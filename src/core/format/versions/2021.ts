// The 2021 layout (国办公开办函〔2021〕30号): reports of 2021 on. A layout is data only:
// versions.ts registers it, and everything else reads it there.

import type { LayoutVersion } from '../versions';
import { OTHER, REQUESTS_HEAD, REQUESTS_TAIL, RESULTS } from '../tables';

export const LAYOUT_2021: LayoutVersion = {
  version: 2021,
  from: 2021,
  notice: '国办公开办函〔2021〕30号',
  activeMarkers: [
    '本年制发件数',
    '本年废止件数',
    '现行有效件数',
    '本年处理决定数量',
    '本年收费金额',
  ],
  active: [
    {
      title: '第二十条第（一）项',
      columns: [
        { key: 'issued', label: '本年制发件数' },
        { key: 'repealed', label: '本年废止件数' },
        { key: 'in_force', label: '现行有效件数' },
      ],
      rows: [
        { key: 'regulations', label: '规章' },
        { key: 'normative', label: '行政规范性文件' },
      ],
    },
    {
      title: '第二十条第（五）项',
      columns: [{ key: 'decisions', label: '本年处理决定数量' }],
      rows: [{ key: 'licensing', label: '行政许可' }],
    },
    {
      title: '第二十条第（六）项',
      columns: [{ key: 'decisions', label: '本年处理决定数量' }],
      rows: [
        { key: 'penalty', label: '行政处罚' },
        { key: 'enforcement', label: '行政强制' },
      ],
    },
    {
      title: '第二十条第（八）项',
      columns: [{ key: 'amount', label: '本年收费金额（单位：万元）', money: true }],
      rows: [{ key: 'fees', label: '行政事业性收费' }],
    },
  ],
  requestsRows: [
    ...REQUESTS_HEAD,
    {
      key: 'other.1',
      label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      name: `${OTHER} › 1.逾期不补正`,
      group: OTHER,
      super: RESULTS,
      result: true,
    },
    {
      key: 'other.2',
      label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      name: `${OTHER} › 2.逾期未缴费`,
      group: OTHER,
      super: RESULTS,
      result: true,
    },
    { key: 'other.3', label: '3.其他', group: OTHER, super: RESULTS, result: true },
    ...REQUESTS_TAIL,
  ],
};

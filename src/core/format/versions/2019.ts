// The 2019 layout (国办公开办函〔2019〕60号): reports of 2019 and 2020 — and, as the oldest, of any
// earlier year. A layout is data only: versions.ts registers it, and everything else reads it there.

import type { LayoutVersion } from '../versions';
import { OTHER, REQUESTS_HEAD, REQUESTS_TAIL, RESULTS } from '../tables';

export const LAYOUT_2019: LayoutVersion = {
  version: 2019,
  from: 2019,
  notice: '国办公开办函〔2019〕60号',
  activeMarkers: [
    '本年新制作数量',
    '本年新公开数量',
    '对外公开总数量',
    '上一年项目数量',
    '采购项目数量',
  ],
  active: [
    {
      title: '第二十条第（一）项',
      columns: [
        { key: 'made', label: '本年新制作数量' },
        { key: 'published', label: '本年新公开数量' },
        { key: 'total_published', label: '对外公开总数量' },
      ],
      rows: [
        { key: 'regulations', label: '规章' },
        { key: 'normative', label: '规范性文件' },
      ],
    },
    {
      title: '第二十条第（五）项',
      columns: [
        { key: 'prev_items', label: '上一年项目数量' },
        { key: 'change', label: '本年增/减', signed: true },
        { key: 'decisions', label: '处理决定数量' },
      ],
      rows: [
        { key: 'licensing', label: '行政许可' },
        { key: 'other_services', label: '其他对外管理服务事项' },
      ],
    },
    {
      title: '第二十条第（六）项',
      columns: [
        { key: 'prev_items', label: '上一年项目数量' },
        { key: 'change', label: '本年增/减', signed: true },
        { key: 'decisions', label: '处理决定数量' },
      ],
      rows: [
        { key: 'penalty', label: '行政处罚' },
        { key: 'enforcement', label: '行政强制' },
      ],
    },
    {
      title: '第二十条第（八）项',
      columns: [
        { key: 'prev_items', label: '上一年项目数量' },
        { key: 'change', label: '本年增/减', signed: true },
      ],
      rows: [{ key: 'fees', label: '行政事业性收费' }],
    },
    {
      title: '第二十条第（九）项',
      columns: [
        { key: 'count', label: '采购项目数量' },
        { key: 'amount', label: '采购总金额', money: true },
      ],
      rows: [{ key: 'procurement', label: '政府集中采购' }],
    },
  ],
  requestsRows: [
    ...REQUESTS_HEAD,
    { key: 'other', label: OTHER, super: RESULTS, result: true },
    ...REQUESTS_TAIL,
  ],
};

// The words of the WPS shell that the shared pane does not have (Chinese, as everything a user
// reads). The pane's own strings stay in src/taskpane/i18n.ts.

export const WPS_STRINGS = {
  notInWps:
    '请在 WPS 文字中打开勾稽：在 WPS 文字的“勾稽”选项卡点“打开窗格”。在浏览器中检查 .docx 请使用 checker.html。',
  tooOld: '此 WPS 内置浏览器版本过旧，无法运行勾稽；请升级 WPS，或在浏览器中使用 checker.html。',
  loading: '正在加载勾稽……',
} as const;

// The look of a finding card, shared by the list and the ignored list.

import { makeStyles, tokens } from '@fluentui/react-components';

export const useCardStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  item: {
    boxSizing: 'border-box',
    borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  warning: { borderLeft: `3px solid ${tokens.colorPaletteMarigoldBorder2}` },
  ignored: { opacity: 0.75, borderLeft: `3px solid ${tokens.colorNeutralStroke1}` },
  badges: { display: 'flex', gap: tokens.spacingHorizontalXXS, flexWrap: 'wrap' },
  message: { fontSize: tokens.fontSizeBase300 },
  values: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  // Collapsed cards stay in the DOM (every finding is an element with data-rule) but not on screen;
  // `display: flex` of `item` would otherwise win over the `hidden` attribute.
  hidden: { display: 'none' },
});

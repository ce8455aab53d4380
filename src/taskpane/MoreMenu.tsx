// The "…" menu beside the toolbar: actions used rarely (清除标记), and 自检 on hosts that have it.

import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
} from '@fluentui/react-components';

import { useDisabled, usePaneContext } from './context';

export function MoreMenu({ className }: { className?: string }): JSX.Element {
  const { t, host, controller } = usePaneContext();
  const disabled = useDisabled();
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button
          className={className}
          size="small"
          appearance="subtle"
          aria-label={t.moreActions}
          data-action="more"
        >
          …
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuItem
            disabled={disabled}
            data-action="clear"
            onClick={() => void controller.clearMarks()}
          >
            {t.clearMarks}
          </MenuItem>
          {host.selfTest && (
            <MenuItem
              data-action="self-test"
              // Opened once the menu has closed: a dialog opened while the menu's popover still
              // holds the page modal is left hidden from assistive technology (aria-hidden).
              onClick={() => setTimeout(() => void controller.runSelfTest(), 0)}
            >
              {t.selfTest}
            </MenuItem>
          )}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

#!/bin/sh
# 勾稽 WPS 加载项：在 Linux（统信 UOS、麒麟等）上为当前用户安装、更新或卸载，不需要网络。
# Registers the add-in for the current user in WPS's jsaddons/publish.xml (or, for managed
# machines, in a jsplugins.xml named with --file). POSIX sh: UOS and Kylin ship no bash guarantee.
#
# 用法：
#   sh wps-install.sh --online  http://内网服务器/gouji/wps/   在线：WPS 每次启动从该地址加载
#   sh wps-install.sh --offline [加载项文件夹]                  离线：复制到本机后注册（默认：脚本旁的 wps/）
#   sh wps-install.sh --remove                                  卸载（删除注册和已复制的文件）
# 选项：
#   --jsaddons 目录   WPS 的 jsaddons 目录（默认 ~/.local/share/Kingsoft/wps/jsaddons）
#   --file 文件名     要写的清单（默认 publish.xml；管理员统一部署时可写 jsplugins.xml）
#   --version 版本    加载项版本（默认读取加载项文件夹中的 version.txt）
set -eu

NAME=gouji
JSADDONS="${HOME}/.local/share/Kingsoft/wps/jsaddons"
FILE=publish.xml
MODE=""
SOURCE=""
URL=""
VERSION=""
HERE=$(cd "$(dirname "$0")" && pwd)

fail() {
  echo "错误：$*" >&2
  exit 2
}

while [ $# -gt 0 ]; do
  case "$1" in
    --online) MODE=online; URL="${2:-}"; [ -n "$URL" ] || fail "--online 需要加载项地址"; shift 2 ;;
    --offline) MODE=offline; shift; if [ $# -gt 0 ] && [ "${1#--}" = "$1" ]; then SOURCE="$1"; shift; fi ;;
    --remove) MODE=remove; shift ;;
    --jsaddons) JSADDONS="${2:-}"; shift 2 ;;
    --file) FILE="${2:-}"; shift 2 ;;
    --version) VERSION="${2:-}"; shift 2 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) fail "未知参数：$1（用 --help 查看用法）" ;;
  esac
done
[ -n "$MODE" ] || fail "请指定 --online、--offline 或 --remove（用 --help 查看用法）"

LIST="$JSADDONS/$FILE"
mkdir -p "$JSADDONS"

# Our entries are self-closing elements named gouji; others' entries are kept as they are,
# whether WPS wrote the file on one line or on many.
unregister() {
  [ -f "$LIST" ] || return 0
  sed -e 's#<jsplugin[a-z]*[^>]*name="'"$NAME"'"[^>]*/>##g' "$LIST" | grep -v '^[[:space:]]*$' > "$LIST.tmp" || true
  mv "$LIST.tmp" "$LIST"
}

register() {
  entry="$1"
  if [ ! -f "$LIST" ] || ! grep -q '</jsplugins>' "$LIST"; then
    printf '%s\n%s\n' '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' '<jsplugins>' > "$LIST"
    printf '%s\n' '</jsplugins>' >> "$LIST"
  fi
  escaped=$(printf '%s' "$entry" | sed -e 's/[&#\\]/\\&/g')
  sed -e "s#</jsplugins>#  $escaped\\
</jsplugins>#" "$LIST" > "$LIST.tmp"
  mv "$LIST.tmp" "$LIST"
}

xml_attr() {
  printf '%s' "$1" | sed -e 's/&/\&amp;/g' -e 's/"/\&quot;/g' -e 's/</\&lt;/g'
}

case "$MODE" in
  online)
    unregister
    register "<jspluginonline name=\"$NAME\" type=\"wps\" url=\"$(xml_attr "$URL")\" debug=\"\" enable=\"enable_dev\" install=\"null\"/>"
    echo "已注册在线加载项：$URL"
    ;;
  offline)
    [ -n "$SOURCE" ] || SOURCE="$HERE/wps"
    [ -f "$SOURCE/ribbon.xml" ] || fail "在 $SOURCE 中找不到 ribbon.xml：请指定解压后的加载项文件夹"
    [ -n "$VERSION" ] || VERSION=$(cat "$SOURCE/version.txt" 2>/dev/null || true)
    [ -n "$VERSION" ] || fail "无法确定版本：请用 --version 指定"
    for old in "$JSADDONS/${NAME}_"*; do
      [ -d "$old" ] && rm -rf "$old"
    done
    TARGET="$JSADDONS/${NAME}_$VERSION"
    mkdir -p "$TARGET"
    cp -R "$SOURCE/." "$TARGET/"
    unregister
    register "<jsplugin name=\"$NAME\" type=\"wps\" url=\"file://$(xml_attr "$TARGET")/\" version=\"$(xml_attr "$VERSION")\" enable=\"enable_dev\"/>"
    echo "已安装离线加载项 $VERSION：$TARGET"
    ;;
  remove)
    unregister
    for old in "$JSADDONS/${NAME}_"*; do
      [ -d "$old" ] && rm -rf "$old"
    done
    echo "已卸载勾稽加载项（$LIST）"
    ;;
esac
echo "请完全退出 WPS 后重新打开。"

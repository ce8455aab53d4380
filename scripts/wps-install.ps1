# 勾稽 WPS 加载项：在 Windows 上为当前用户安装、更新或卸载，不需要网络，也不需要管理员权限。
# Registers the add-in in %APPDATA%\kingsoft\wps\jsaddons\publish.xml (or, with -File, in a
# jsplugins.xml for managed machines), editing it as XML so that other add-ins' entries stay.
#
# 用法（在 PowerShell 中）：
#   powershell -ExecutionPolicy Bypass -File wps-install.ps1 -Online http://内网服务器/gouji/wps/
#   powershell -ExecutionPolicy Bypass -File wps-install.ps1 -Offline [加载项文件夹]
#   powershell -ExecutionPolicy Bypass -File wps-install.ps1 -Remove
[CmdletBinding(DefaultParameterSetName = 'Offline')]
param(
  [Parameter(ParameterSetName = 'Online', Mandatory = $true)][string]$Online,
  [Parameter(ParameterSetName = 'Offline')][switch]$Offline,
  [Parameter(ParameterSetName = 'Offline', Position = 0)][string]$Source = '',
  [Parameter(ParameterSetName = 'Remove', Mandatory = $true)][switch]$Remove,
  [string]$JsAddons = (Join-Path $env:APPDATA 'kingsoft\wps\jsaddons'),
  [string]$File = 'publish.xml',
  [string]$Version = ''
)

$ErrorActionPreference = 'Stop'
$Name = 'gouji'
$List = Join-Path $JsAddons $File

function Read-List {
  New-Item -ItemType Directory -Force -Path $JsAddons | Out-Null
  $doc = New-Object System.Xml.XmlDocument
  if (Test-Path $List) { $doc.Load($List) }
  if (-not $doc.DocumentElement) {
    $doc.AppendChild($doc.CreateXmlDeclaration('1.0', 'UTF-8', 'yes')) | Out-Null
    $doc.AppendChild($doc.CreateElement('jsplugins')) | Out-Null
  }
  if ($doc.DocumentElement.Name -ne 'jsplugins') { throw "$List 的根元素不是 jsplugins，未修改。" }
  return $doc
}

function Remove-Ours($doc) {
  foreach ($node in @($doc.DocumentElement.SelectNodes("*[@name='$Name']"))) {
    [void]$doc.DocumentElement.RemoveChild($node)
  }
}

function Add-Entry($doc, [string]$element, [hashtable]$attrs) {
  $el = $doc.CreateElement($element)
  foreach ($key in $attrs.Keys) { $el.SetAttribute($key, $attrs[$key]) }
  [void]$doc.DocumentElement.AppendChild($el)
}

function Remove-Copies {
  Get-ChildItem -Path $JsAddons -Directory -Filter "${Name}_*" -ErrorAction SilentlyContinue |
    Remove-Item -Recurse -Force
}

$doc = Read-List
Remove-Ours $doc
switch ($PSCmdlet.ParameterSetName) {
  'Online' {
    Add-Entry $doc 'jspluginonline' ([ordered]@{
        name = $Name; type = 'wps'; url = $Online; debug = ''; enable = 'enable_dev'; install = 'null'
      })
    $message = "已注册在线加载项：$Online"
  }
  'Offline' {
    if (-not $Source) { $Source = Join-Path $PSScriptRoot 'wps' }
    if (-not (Test-Path (Join-Path $Source 'ribbon.xml'))) {
      throw "在 $Source 中找不到 ribbon.xml：请指定解压后的加载项文件夹。"
    }
    if (-not $Version) {
      $versionFile = Join-Path $Source 'version.txt'
      if (Test-Path $versionFile) { $Version = (Get-Content $versionFile -Raw).Trim() }
    }
    if (-not $Version) { throw '无法确定版本：请用 -Version 指定。' }
    Remove-Copies
    $target = Join-Path $JsAddons "${Name}_$Version"
    New-Item -ItemType Directory -Force -Path $target | Out-Null
    Copy-Item -Path (Join-Path $Source '*') -Destination $target -Recurse -Force
    $url = ([System.Uri]((Resolve-Path $target).Path + '\')).AbsoluteUri
    Add-Entry $doc 'jsplugin' ([ordered]@{
        name = $Name; type = 'wps'; url = $url; version = $Version; enable = 'enable_dev'
      })
    $message = "已安装离线加载项 ${Version}：$target"
  }
  'Remove' {
    Remove-Copies
    $message = "已卸载勾稽加载项（$List）"
  }
}
$doc.Save($List)
Write-Host $message
Write-Host '请完全退出 WPS 后重新打开。'

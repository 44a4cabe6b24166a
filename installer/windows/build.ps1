# Windows .msi (untested: build on Windows after `mvn package`; needs the WiX Toolset 3 on PATH).
param([string]$Target = "$PSScriptRoot\..\..\target", [string]$Version = "0.1.0")
$ErrorActionPreference = "Stop"
$Version = $Version.Split("-")[0]
$out = "$Target\installer"; Remove-Item -Recurse -Force $out -ErrorAction SilentlyContinue
New-Item -ItemType Directory "$out\input", "$out\javafx" | Out-Null
Copy-Item "$Target\pizhu.jar" "$out\input\"
Get-ChildItem "$Target\lib\*.jar" | ForEach-Object {
  if ($_.Name -like "javafx-*-win.jar") { Copy-Item $_ "$out\javafx\" }
  elseif ($_.Name -notlike "javafx-*") { Copy-Item $_ "$out\input\" }
}
jlink --module-path "$out\javafx" --add-modules java.base,java.desktop,java.logging,java.management,jdk.management,java.naming,java.prefs,java.scripting,java.sql,java.xml,jdk.unsupported,jdk.localedata,jdk.zipfs,jdk.charsets,javafx.base,javafx.graphics,javafx.controls `
  --include-locales=en,zh --strip-debug --no-header-files --no-man-pages --output "$out\runtime"
# ControlsFX and ReactFX on the classpath need these JavaFX-internal packages (see linux/build.sh).
$fxOptions = "javafx.base/com.sun.javafx.event", "javafx.base/com.sun.javafx.binding", "javafx.controls/com.sun.javafx.scene.control", "javafx.controls/com.sun.javafx.scene.control.behavior" | ForEach-Object { "--java-options", "--add-exports=$_=ALL-UNNAMED" }
$fxOptions += "--java-options", "--add-opens=javafx.graphics/javafx.scene=ALL-UNNAMED", "--java-options", "--add-opens=javafx.controls/javafx.scene.control.skin=ALL-UNNAMED"
$assoc = Get-ChildItem "$PSScriptRoot\..\macos\associations\*.properties" | ForEach-Object { "--file-associations", $_.FullName }
jpackage --type msi --dest $out --name Pizhu --app-version $Version --vendor Pizhu `
  --input "$out\input" --main-jar pizhu.jar --main-class org.pizhu.Launcher --runtime-image "$out\runtime" `
  --icon "$PSScriptRoot\pizhu.ico" --win-menu --win-shortcut --win-dir-chooser @assoc --java-options "-Dfile.encoding=UTF-8" @fxOptions

; DataMairie's installer for one Windows account: no administrator rights needed.
; It installs in the agent's profile (%LOCALAPPDATA%\Programs\DataMairie), adds a Start-menu
; shortcut and opens *.datamairie projects with DataMairie. Uninstalling removes the program
; only: the agent's projects, settings and logs stay where they are.
; Built on Linux or Windows by scripts/build-windows.sh:
;   makensis -DVERSION=0.1.0 -DSOURCE=dist\datamairie -DOUTPUT=DataMairie-0.1.0-installation.exe datamairie.nsi
; Silent installation: DataMairie-x.y.z-installation.exe /S [/D=C:\autre\dossier]
; Silent removal:      "%LOCALAPPDATA%\Programs\DataMairie\desinstaller.exe" /S
Unicode true
Target amd64-unicode
SetCompressor /SOLID lzma
RequestExecutionLevel user
ManifestDPIAware true

!ifndef VERSION
  !error "VERSION is required (-DVERSION=x.y.z)"
!endif
!ifndef SOURCE
  !define SOURCE "dist\datamairie"
!endif
!ifndef OUTPUT
  !define OUTPUT "DataMairie-${VERSION}-installation.exe"
!endif
!define PRODUCT "DataMairie"
!define EXE "datamairie.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\DataMairie"
!define PROG_ID "DataMairie.Projet"

!include MUI2.nsh
!include FileFunc.nsh

Name "${PRODUCT}"
OutFile "${OUTPUT}"
InstallDir "$LOCALAPPDATA\Programs\DataMairie"
InstallDirRegKey HKCU "Software\DataMairie" "InstallDir"
BrandingText "${PRODUCT} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1036 "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=1036 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1036 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1036 "FileDescription" "Installation de ${PRODUCT}"
VIAddVersionKey /LANG=1036 "CompanyName" "${PRODUCT}"
VIAddVersionKey /LANG=1036 "LegalCopyright" "Logiciel libre"

!define MUI_ICON "..\..\resources\icons\datamairie.ico"
!define MUI_UNICON "..\..\resources\icons\datamairie.ico"
!define MUI_WELCOMEPAGE_TEXT "DataMairie aide à publier les données publiques de la commune sur data.gouv.fr.$\r$\n$\r$\nL'installation se fait dans votre session, sans droits d'administrateur. Elle prend moins d'une minute."
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "Ouvrir DataMairie"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!define MUI_UNCONFIRMPAGE_TEXT_TOP "DataMairie va être retiré de cet ordinateur. Vos projets (fichiers .datamairie), vos réglages et votre clé d'accès ne sont pas effacés."
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "French"

Section "DataMairie"
  SetOutPath "$INSTDIR"
  ; An older version's files go first, so that nothing stale is left beside the new ones.
  RMDir /r "$INSTDIR\_internal"
  File /r "${SOURCE}\*.*"
  WriteUninstaller "$INSTDIR\desinstaller.exe"
  CreateShortcut "$SMPROGRAMS\DataMairie.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
  WriteRegStr HKCU "Software\DataMairie" "InstallDir" "$INSTDIR"

  ; *.datamairie projects open with DataMairie (for this account only).
  WriteRegStr HKCU "Software\Classes\.datamairie" "" "${PROG_ID}"
  WriteRegStr HKCU "Software\Classes\${PROG_ID}" "" "Projet DataMairie"
  WriteRegStr HKCU "Software\Classes\${PROG_ID}\DefaultIcon" "" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "Software\Classes\${PROG_ID}\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PRODUCT}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\desinstaller.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\desinstaller.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  ; Only the program: the agent's projects, %APPDATA%\DataMairie and the keyring stay.
  Delete "$SMPROGRAMS\DataMairie.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\datamairie-cli.exe"
  Delete "$INSTDIR\desinstaller.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "Software\Classes\${PROG_ID}"
  ReadRegStr $0 HKCU "Software\Classes\.datamairie" ""
  StrCmp $0 "${PROG_ID}" 0 +2
    DeleteRegKey HKCU "Software\Classes\.datamairie"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  DeleteRegKey HKCU "Software\DataMairie"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd

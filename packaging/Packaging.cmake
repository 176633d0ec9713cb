# Desktop integration, icons, AppStream metadata and CPack.
# Included by the top-level CMakeLists.txt right after `install(TARGETS mannam ...)`.
#
#   Linux (Debian 12, built and tested here):  cpack -G DEB  ->  mannam_<version>-1_<arch>.deb
#   Windows (not built here):                  NSIS installer (or WiX: -DMANNAM_WINDOWS_INSTALLER=WIX)
#   macOS (not built here):                    DragNDrop .dmg holding Mannam.app
# The Windows and macOS steps are in packaging/README.md.

# The app's one name for desktops: .desktop file, AppStream id, icon and MIME package.
set(MANNAM_APP_ID "io.github.mannam.Mannam")
set(MANNAM_MIME_TYPE "application/x-mannam-event")
set(MANNAM_HOMEPAGE "https://github.com/mannam/mannam")
set(MANNAM_PACKAGE_MAINTAINER "The Mannam developers <mannam@users.noreply.github.com>"
    CACHE STRING "Maintainer field of the .deb (name <email>)")
# PNG sizes committed under resources/icons/png (scripts/make-icons.sh makes them from the SVG).
set(MANNAM_ICON_SIZES 16 22 24 32 48 64 128 256 512)

set(mannam_packaging_dir "${CMAKE_CURRENT_LIST_DIR}")
set(mannam_icon_dir "${PROJECT_SOURCE_DIR}/resources/icons")

# ---------------------------------------------------------------- Linux desktop files
if(UNIX AND NOT APPLE)
    include(GNUInstallDirs)
    # Debian's file triggers (desktop-file-utils, shared-mime-info, hicolor-icon-theme)
    # refresh the desktop, MIME and icon caches for files in these folders, so the
    # package needs no maintainer scripts.
    install(FILES "${mannam_packaging_dir}/${MANNAM_APP_ID}.desktop"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${mannam_packaging_dir}/${MANNAM_APP_ID}.metainfo.xml"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    install(FILES "${mannam_packaging_dir}/${MANNAM_APP_ID}.mime.xml"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/mime/packages"
            RENAME "${MANNAM_APP_ID}.xml")
    install(FILES "${mannam_icon_dir}/mannam.svg"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
            RENAME "${MANNAM_APP_ID}.svg")
    foreach(size IN LISTS MANNAM_ICON_SIZES)
        install(FILES "${mannam_icon_dir}/png/${size}x${size}/mannam.png"
                DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps"
                RENAME "${MANNAM_APP_ID}.png")
    endforeach()
endif()

# ---------------------------------------------------------------- Windows and macOS deployment
# Never configured on Linux: Debian's Qt and ZXing come from the package's dependencies.
if(WIN32 OR APPLE)
    # A bundle on macOS, no console window on Windows (see README: the CLI there).
    # macOS: the top-level install(TARGETS mannam ...) also needs `BUNDLE DESTINATION .`.
    set_target_properties(mannam PROPERTIES
        WIN32_EXECUTABLE ON
        MACOSX_BUNDLE ON
        MACOSX_BUNDLE_INFO_PLIST "${mannam_packaging_dir}/macos/Info.plist.in"
        MACOSX_BUNDLE_GUI_IDENTIFIER "${MANNAM_APP_ID}"
        MACOSX_BUNDLE_BUNDLE_NAME "Mannam"
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_ICON_FILE "mannam.icns")
    if(APPLE)
        set_target_properties(mannam PROPERTIES OUTPUT_NAME "Mannam") # Mannam.app
        target_sources(mannam PRIVATE "${mannam_icon_dir}/mannam.icns")
        set_source_files_properties("${mannam_icon_dir}/mannam.icns" PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    else()
        # The exe's icon and version information (Explorer, taskbar, installer).
        configure_file("${mannam_packaging_dir}/windows/mannam.rc.in" "${CMAKE_CURRENT_BINARY_DIR}/mannam.rc" @ONLY)
        target_sources(mannam PRIVATE "${CMAKE_CURRENT_BINARY_DIR}/mannam.rc")
    endif()

    # Qt 6.4's signature (6.5 renamed FILENAME_VARIABLE to OUTPUT_SCRIPT): the script
    # runs windeployqt / macdeployqt on the installed app at `cmake --install` / cpack time.
    qt_generate_deploy_app_script(
        TARGET mannam
        FILENAME_VARIABLE mannam_deploy_script
        NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT "${mannam_deploy_script}")
    if(WIN32)
        # windeployqt copies Qt only; ZXing (vcpkg) and other imported DLLs go next to the exe.
        install(FILES $<TARGET_RUNTIME_DLLS:mannam> DESTINATION bin)
    endif()
endif()

# ---------------------------------------------------------------- CPack (all platforms)
# `cpack`, `make install` and `make package` take what is already built instead of
# first building every target (tests, benchmarks, tools): build, then package.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)
# Values reach CPackConfig.cmake exactly as written here (backslashes, quotes).
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_PACKAGE_NAME "mannam")
set(CPACK_PACKAGE_VENDOR "The Mannam developers")
set(CPACK_PACKAGE_CONTACT "${MANNAM_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${MANNAM_HOMEPAGE}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "QR code check-in and networking bingo for meetups")
set(CPACK_PACKAGE_DESCRIPTION
    "Mannam (만남) is a desktop app for volunteer-run tech meetups: check-in at the door by QR code (webcam or USB barcode scanner), a networking bingo kiosk, a big screen for the projector, tickets and badges as PDF, attendee import from event platforms (UTF-8 or CP949) and CSV exports. It works offline on one laptop; an event is one .mannam file.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Mannam")
set(CPACK_PACKAGE_EXECUTABLES "mannam" "Mannam")
set(CPACK_STRIP_FILES ON) # RelWithDebInfo builds: ship the binary without its debug info
set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build[^/]*/" "/\\.cache/")

if(WIN32)
    set(MANNAM_WINDOWS_INSTALLER "NSIS" CACHE STRING "Windows installer generator: NSIS or WIX")
    set_property(CACHE MANNAM_WINDOWS_INSTALLER PROPERTY STRINGS NSIS WIX)
    set(CPACK_GENERATOR "${MANNAM_WINDOWS_INSTALLER}")
    # NSIS: Start menu entry, .mannam opens in Mannam, uninstaller removes both.
    # (Bracket arguments: the NSIS lines reach the script exactly as written.)
    set(CPACK_NSIS_DISPLAY_NAME "Mannam")
    set(CPACK_NSIS_PACKAGE_NAME "Mannam ${PROJECT_VERSION}")
    set(CPACK_NSIS_URL_INFO_ABOUT "${MANNAM_HOMEPAGE}")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\mannam.exe")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [[
        WriteRegStr HKCR ".mannam" "" "Mannam.Event"
        WriteRegStr HKCR ".mannam" "Content Type" "application/x-mannam-event"
        WriteRegStr HKCR "Mannam.Event" "" "Mannam event"
        WriteRegStr HKCR "Mannam.Event\DefaultIcon" "" "$INSTDIR\bin\mannam.exe,0"
        WriteRegStr HKCR "Mannam.Event\shell\open\command" "" '"$INSTDIR\bin\mannam.exe" "%1"'
        System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
    ]])
    set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [[
        DeleteRegKey HKCR "Mannam.Event"
        DeleteRegValue HKCR ".mannam" ""
        System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
    ]])
    # WiX: a fixed upgrade code keeps upgrades in place; file association in windows/wix-patch.xml.
    set(CPACK_WIX_UPGRADE_GUID "6B0C6E2A-3F44-4C67-9A0B-2E1D8A6C4F11")
    set(CPACK_WIX_PRODUCT_ICON "${mannam_icon_dir}/mannam.ico")
    set(CPACK_NSIS_MUI_ICON "${mannam_icon_dir}/mannam.ico")
    set(CPACK_NSIS_MUI_UNIICON "${mannam_icon_dir}/mannam.ico")
    set(CPACK_WIX_PATCH_FILE "${mannam_packaging_dir}/windows/wix-patch.xml")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "Mannam ${PROJECT_VERSION}")
    set(CPACK_DMG_FORMAT "UDZO")
else()
    set(CPACK_GENERATOR "DEB")
    set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
    set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT")      # mannam_0.1.0-1_amd64.deb
    set(CPACK_DEBIAN_PACKAGE_RELEASE "1")
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${MANNAM_PACKAGE_MAINTAINER}")
    set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${MANNAM_HOMEPAGE}")
    # dpkg-shlibdeps (package dpkg-dev) finds the libraries the binary links:
    # Qt 6 Core/Gui/Widgets/Sql/Svg/Multimedia/Charts/PrintSupport, ZXing, libstdc++.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # What it cannot see, because Qt loads it at run time:
    #   qt6-qpa-plugins      extra platform plugins (xcb itself is in libqt6gui6)
    #   libqt6svg6           the SVG icon engine for the window icon
    #   libqt6sql6-sqlite    the QSQLITE driver: every event file
    #   libqt6sql6-psql      the QPSQL driver (SqlDialect::Postgres)
    #   gstreamer1.0-plugins-base/-good   Qt Multimedia's GStreamer backend: v4l2src,
    #                        jpegdec and videoconvert for webcams, Ogg/Theora video files
    #   fonts-noto-cjk       Hangul on screen, on tickets and badges (PDF)
    #   qt6-translations-l10n   Qt's own dialogs in Korean
    set(CPACK_DEBIAN_PACKAGE_DEPENDS
        "qt6-qpa-plugins, libqt6svg6, libqt6sql6-sqlite, libqt6sql6-psql, gstreamer1.0-plugins-base, gstreamer1.0-plugins-good, fonts-noto-cjk, qt6-translations-l10n")
    # The caches the desktop uses; always present on a desktop, so not hard dependencies.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "shared-mime-info, hicolor-icon-theme, desktop-file-utils, qt6-wayland")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
endif()

include(CPack)

// The mannam executable: a command-line verb runs without a window; anything
// else opens the app.
#include "cli/CommandLine.h"
#include "common/AppSettings.h"
#include "common/Translations.h"
#include "demo/DemoEvent.h"
#include "main/MainWindow.h"
#include "storage/ServerAddress.h"
#include "storage/StorageError.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QScreen>
#include <QTextStream>

#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(u"mannam"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(MANNAM_VERSION));
}

int runCommand(int argc, char **argv)
{
    const bool needsGui = mannam::CommandLine::needsGui(QString::fromLocal8Bit(argv[1]));
    // Tickets are drawn with QPainter, which needs a GUI application, but not a screen.
    if (needsGui && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app(needsGui ? new QGuiApplication(argc, argv)
                                                   : new QCoreApplication(argc, argv));
    describeApplication();
    mannam::Translations::install(*app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return mannam::CommandLine(out, err).run(QCoreApplication::arguments());
}

// A shared event's address may carry its password (postgresql://USER:PASSWORD@HOST/DB).
// The password is remembered in this process (ServerAddress::parse) and cut
// out of the argument in place, so that no later message, setting or window
// title can show it, and `ps` shows the address without it from here on.
void hidePasswordsInArguments(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        char *arg = argv[i];
        if (!mannam::ServerAddress::isServerAddress(QString::fromLocal8Bit(arg)))
            continue;
        mannam::ServerAddress::parse(QString::fromLocal8Bit(arg)); // remembers the password
        // USER:PASSWORD@ sits between "://" and the last '@' before the path.
        char *authority = std::strstr(arg, "://");
        if (!authority)
            continue;
        authority += 3;
        char *pathStart = std::strchr(authority, '/');
        char *authorityEnd = pathStart ? pathStart : authority + std::strlen(authority);
        char *at = nullptr;
        for (char *c = authority; c < authorityEnd; ++c) {
            if (*c == '@')
                at = c;
        }
        char *colon = at ? static_cast<char *>(std::memchr(authority, ':', size_t(at - authority))) : nullptr;
        if (!colon)
            continue;
        const size_t length = std::strlen(arg);
        const size_t tail = std::strlen(at) + 1; // from '@', with the terminating NUL
        std::memmove(colon, at, tail);
        char *end = colon + tail;
        std::memset(end, 0, size_t(arg + length + 1 - end)); // no trace left in /proc/PID/cmdline
    }
}

// Checks the GUI's arguments before QApplication exists, so that a typo fails
// with a message and exit code 3 instead of opening a window (or aborting on a
// machine without a display). Qt's own options (-platform, -geometry...) pass.
bool guiArgumentsLookValid(int argc, char **argv, QString *error)
{
    static const QStringList ownFlags = {u"--demo"_s, u"--desk"_s, u"--kiosk"_s, u"--big-screen"_s};
    static const QStringList ownWithValue = {u"--video"_s};
    static const QStringList qtFlags = {u"-reverse"_s, u"-nograb"_s, u"-dograb"_s, u"-sync"_s, u"-widgetcount"_s};
    static const QStringList qtWithValue = {u"-platform"_s, u"-platformpluginpath"_s, u"-platformtheme"_s,
                                            u"-plugin"_s, u"-qwindowgeometry"_s, u"-qwindowicon"_s,
                                            u"-qwindowtitle"_s, u"-session"_s, u"-display"_s, u"-geometry"_s,
                                            u"-style"_s, u"-stylesheet"_s, u"-qmljsdebugger"_s};
    QStringList positional;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        const QString name = arg.section(u'=', 0, 0);
        if (ownWithValue.contains(name) || qtWithValue.contains(name) || qtWithValue.contains(u'-' + name)) {
            if (!arg.contains(u'='))
                ++i; // its value
        } else if (ownFlags.contains(arg) || qtFlags.contains(arg)) {
        } else if (arg.startsWith(u'-')) {
            // Worded like QCommandLineParser's message for the verbs' options.
            *error = QCoreApplication::translate("main", "Unknown option '%1'.").arg(name.mid(name.startsWith(u"--") ? 2 : 1));
            return false;
        } else {
            positional << arg;
        }
    }
    if (positional.size() > 1) {
        *error = QCoreApplication::translate("main", "Unknown command '%1'.").arg(positional.constFirst());
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    hidePasswordsInArguments(argc, argv); // before anything, for the verbs too
    if (argc > 1 && mannam::CommandLine::isVerb(QString::fromLocal8Bit(argv[1])))
        return runCommand(argc, argv);
    // Answer --version and --help without needing a display.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("mannam %s\n", MANNAM_VERSION);
            return 0;
        }
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
            QTextStream(stdout) << mannam::CommandLine::usage();
            return 0;
        }
    }

    QString argumentError;
    if (!guiArgumentsLookValid(argc, argv, &argumentError)) {
        QTextStream(stderr) << argumentError << u'\n' << mannam::CommandLine::usage();
        return mannam::CommandLine::UsageError;
    }

    QApplication app(argc, argv);
    describeApplication();
    // The desktop file names the app for the window manager (icon, grouping).
    QGuiApplication::setDesktopFileName(u"io.github.mannam.Mannam"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/mannam.svg"_s));
    mannam::Translations::install(app);
    QCommandLineParser parser;
    const QCommandLineOption demo(u"demo"_s, QCoreApplication::translate("main", "Open the demo event."));
    parser.addOption(demo);
    const QCommandLineOption deskMode(u"desk"_s, QCoreApplication::translate("main", "Open the registration desk."));
    parser.addOption(deskMode);
    const QCommandLineOption kioskMode(u"kiosk"_s, QCoreApplication::translate("main", "Open the bingo kiosk (full screen)."));
    parser.addOption(kioskMode);
    const QCommandLineOption bigScreen(u"big-screen"_s,
                                       QCoreApplication::translate("main", "Open the bingo big screen for a projector."));
    parser.addOption(bigScreen);
    const QCommandLineOption video(u"video"_s,
                                   QCoreApplication::translate("main", "Run the desk or the kiosk on a video file instead of a camera."),
                                   u"FILE"_s);
    parser.addOption(video);
    parser.addPositionalArgument(u"event"_s, QCoreApplication::translate("main", "Event file (.mannam), or a shared "
                                                                          "event's address (postgresql://USER@HOST:PORT/DB)."));
    if (!parser.parse(QCoreApplication::arguments())) {
        QTextStream(stderr) << parser.errorText() << u'\n' << mannam::CommandLine::usage();
        return mannam::CommandLine::UsageError;
    }

    mannam::AppSettings::migrate();
    mannam::MainWindow window;
    // Laptop screens (1366×768) get the whole screen; larger ones a roomy window.
    const QRect screen = window.screen()->availableGeometry();
    if (screen.width() <= 1440 || screen.height() <= 900) {
        window.setGeometry(screen); // also where no window manager maximizes
        window.showMaximized();
    } else {
        window.resize(1280, 820);
        window.show();
    }
    try {
        bool opened = false;
        if (parser.isSet(demo))
            opened = window.openEvent(mannam::DemoEvent::ensure());
        else if (!parser.positionalArguments().isEmpty())
            opened = window.openEvent(parser.positionalArguments().constFirst());
        const auto frames = parser.isSet(video) ? mannam::MainWindow::FrameSource::VideoFile
                                                : mannam::MainWindow::FrameSource::Camera;
        if (opened && parser.isSet(bigScreen))
            window.showBigScreen();
        if (opened && parser.isSet(kioskMode))
            window.showKiosk(frames, parser.value(video));
        else if (opened && (parser.isSet(deskMode) || parser.isSet(video)))
            window.showDesk(frames, parser.value(video));
    } catch (const mannam::StorageError &error) {
        window.showError(QCoreApplication::translate("main", "Cannot open the event"), error.message());
    }
    return app.exec();
}

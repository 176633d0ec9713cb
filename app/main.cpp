// The mannam executable: a command-line verb runs without a window; anything
// else opens the app.
#include "cli/CommandLine.h"
#include "demo/DemoEvent.h"
#include "main/MainWindow.h"
#include "storage/StorageError.h"

#include <QApplication>
#include <QCommandLineParser>
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
    QTextStream out(stdout);
    QTextStream err(stderr);
    return mannam::CommandLine(out, err).run(QCoreApplication::arguments());
}

} // namespace

int main(int argc, char **argv)
{
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

    QApplication app(argc, argv);
    describeApplication();
    QCommandLineParser parser;
    const QCommandLineOption demo(u"demo"_s, QCoreApplication::translate("main", "Open the demo event."));
    parser.addOption(demo);
    parser.addPositionalArgument(u"event"_s, QCoreApplication::translate("main", "Event file (.mannam)."));
    if (!parser.parse(QCoreApplication::arguments())) {
        QTextStream(stderr) << parser.errorText() << u'\n' << mannam::CommandLine::usage();
        return mannam::CommandLine::UsageError;
    }

    mannam::MainWindow window;
    window.resize(1100, 700);
    window.show();
    try {
        if (parser.isSet(demo))
            window.openEvent(mannam::DemoEvent::ensure());
        else if (!parser.positionalArguments().isEmpty())
            window.openEvent(parser.positionalArguments().constFirst());
    } catch (const mannam::StorageError &error) {
        window.showError(QCoreApplication::translate("main", "Cannot open the event"), error.message());
    }
    return app.exec();
}

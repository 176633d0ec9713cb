// mannam-screenshots: renders the README screenshots with the app's own widgets
// (QWidget::grab), on the demo event, at 1366x768 and 1920x1080: the overview
// and the desk in its green, yellow and red states. Run by scripts/screenshots.sh.
#include "codes/QrCodec.h"
#include "common/AppSettings.h"
#include "common/Translations.h"
#include "demo/DemoEvent.h"
#include "desk/CameraPreview.h"
#include "desk/DeskSession.h"
#include "desk/DeskWindow.h"
#include "desk/FeedbackSounds.h"
#include "main/MainWindow.h"
#include "storage/EventFile.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QVideoFrame>
#include <QVideoSink>

#include <cstring>

using namespace Qt::StringLiterals;
using namespace mannam;

namespace {

// A camera-like picture: a phone showing a QR, on a dim background.
QVideoFrame cameraFrame(const QString &code)
{
    QImage scene(1280, 720, QImage::Format_ARGB32);
    scene.fill(QColor(0x55, 0x5b, 0x62));
    QPainter painter(&scene);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(QColor(0x20, 0x20, 0x24));
    painter.setPen(Qt::NoPen);
    painter.drawRoundedRect(QRectF(470, 80, 340, 560), 36, 36);
    painter.setBrush(Qt::white);
    painter.drawRect(QRectF(490, 150, 300, 420));
    const QImage qr = QrCodec::encode(code, 9);
    painter.drawImage(QPointF(640 - qr.width() / 2.0, 360 - qr.height() / 2.0), qr.convertToFormat(QImage::Format_ARGB32));
    painter.end();

    QVideoFrame frame(QVideoFrameFormat(scene.size(), QVideoFrameFormat::Format_BGRA8888));
    frame.map(QVideoFrame::WriteOnly);
    for (int y = 0; y < scene.height(); ++y)
        std::memcpy(frame.bits(0) + y * frame.bytesPerLine(0), scene.constScanLine(y), size_t(scene.width()) * 4);
    frame.unmap();
    return frame;
}

QString g_suffix; // "-ko" for the Korean UI

void save(QWidget &window, const QString &folder, const QString &name, QSize size)
{
    QCoreApplication::processEvents();
    const QString path = QDir(folder).filePath(
            u"%1-%2x%3%4.png"_s.arg(name).arg(size.width()).arg(size.height()).arg(g_suffix));
    window.grab().save(path);
    QTextStream(stdout) << "wrote " << path << '\n';
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"mannam-screenshots"_s);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"docs/screenshots"_s;
    // An optional language code ("ko") shows the UI in that language; the file
    // names then end in "-ko".
    const QString language = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    AppSettings::setValue(AppSettings::Key::Language, language);
    Translations::install(app);
    g_suffix = language.isEmpty() ? QString() : u"-"_s + language;
    QDir().mkpath(out);
    AppSettings::setDeskName(u"Desk 1"_s);
    QTemporaryDir work;
    for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
        const QString eventPath = DemoEvent::ensure(work.filePath(u"demo-%1.mannam"_s.arg(size.width())));
        // The start page with a few events of a community's year.
        AppSettings::setValue(AppSettings::Key::RecentEvents, QStringList());
        const QList<std::pair<QString, QDate>> earlier = {{u"파이썬 스터디 10월 모임"_s, QDate(2026, 10, 17)},
                                                          {u"Open Source Contributors Night"_s, QDate(2026, 9, 5)}};
        for (const auto &[name, day] : earlier) {
            const QString path = work.filePath(u"%1-%2.mannam"_s.arg(day.toString(u"yyyyMMdd"_s)).arg(size.width()));
            if (!QFileInfo::exists(path)) {
                EventInfo info;
                info.name = name;
                info.startsAt = QDateTime(day, QTime(10, 0), Qt::UTC);
                EventFile::create(path, info);
            }
            AppSettings::rememberRecentEvent(path);
        }
        AppSettings::rememberRecentEvent(eventPath);
        MainWindow window;
        window.resize(size);
        window.show();
        save(window, out, u"start"_s, size);
        if (!window.openEvent(eventPath))
            return 1;
        save(window, out, u"overview"_s, size);

        DeskWindow *desk = window.showDesk(MainWindow::FrameSource::None); // frames are injected below
        desk->sounds().setMuted(true);
        // Somebody not yet checked in, and somebody who is.
        const QList<Attendee> people = window.event()->store().attendees();
        const Attendee &arriving = people.at(size.width() == 1366 ? 4 : 7);
        // The camera sees the ticket: decoded off the GUI thread, then checked in.
        desk->videoSink()->setVideoFrame(cameraFrame(arriving.ticketCode));
        auto *panel = desk->findChild<QWidget *>(u"resultPanel"_s);
        auto *preview = desk->findChild<CameraPreview *>(u"cameraPreview"_s);
        if (!QTest::qWaitFor([panel, preview] {
                return panel->property("state").toString() == u"green"_s && preview->hasPicture();
            }, 5000))
            return 2;
        save(window, out, u"desk-green"_s, size);
        desk->session().submitCode(arriving.ticketCode, DeskSession::Source::Keyboard);
        save(window, out, u"desk-yellow"_s, size);
        QString misread = arriving.ticketCode;
        misread[7] = QChar(u'0' + (misread.at(7).digitValue() + 1) % 10);
        desk->session().submitCode(misread, DeskSession::Source::Scanner);
        save(window, out, u"desk-red"_s, size);
    }
    return 0;
}

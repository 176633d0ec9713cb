#include "StartPage.h"

#include "common/AppSettings.h"
#include "storage/EventFile.h"
#include "storage/ServerAddress.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mannam {

namespace {

constexpr int PathRole = Qt::UserRole;

QPushButton *bigButton(const QString &text, const QString &objectName)
{
    auto *button = new QPushButton(text);
    button->setObjectName(objectName);
    button->setMinimumHeight(44);
    QFont font = button->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    button->setFont(font);
    return button;
}

// Room for every line of a recent event, whatever script it is in: a Hangul
// line is drawn in a fallback font with taller lines than the list's own, and
// the list would otherwise cut the item's second line off.
QSize recentItemSize(const QListWidgetItem &item, const QFont &font)
{
    QFont hangul(font);
    hangul.setFamilies({u"Noto Sans CJK KR"_s, u"Noto Sans KR"_s, u"Malgun Gothic"_s, u"Apple SD Gothic Neo"_s});
    const QFontMetrics latin(font);
    const int lineHeight = std::max(latin.lineSpacing(), QFontMetrics(hangul).lineSpacing());
    const QStringList lines = item.text().split(u'\n');
    int width = 0;
    for (const QString &line : lines)
        width = std::max(width, std::max(latin.horizontalAdvance(line), QFontMetrics(hangul).horizontalAdvance(line)));
    constexpr int Padding = 8;
    return QSize(width + 2 * Padding, int(lines.size()) * lineHeight + Padding);
}

QString localFileOf(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    return url.isLocalFile() ? url.toLocalFile() : QString();
}

} // namespace

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"startPage"_s);
    setAcceptDrops(true);

    auto *title = new QLabel(tr("Mannam"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subtitle = new QLabel(tr("Check-in and networking bingo for community meetups."));
    subtitle->setWordWrap(true);

    QPushButton *newButton = bigButton(tr("New Event…"), u"newEventButton"_s);
    QPushButton *openButton = bigButton(tr("Open Event…"), u"openEventButton"_s);
    QPushButton *openSharedButton = bigButton(tr("Open Shared Event…"), u"openSharedEventButton"_s);
    openSharedButton->setToolTip(tr("Join an event that several desks share on a PostgreSQL server."));
    QPushButton *demoButton = bigButton(tr("Try the Demo Event"), u"demoEventButton"_s);
    connect(newButton, &QPushButton::clicked, this, &StartPage::newEventRequested);
    connect(openButton, &QPushButton::clicked, this, &StartPage::openOtherRequested);
    connect(openSharedButton, &QPushButton::clicked, this, &StartPage::openSharedRequested);
    connect(demoButton, &QPushButton::clicked, this, &StartPage::demoRequested);
    auto *dropHint = new QLabel(tr("You can also drop an event file (.mannam) here."));
    dropHint->setWordWrap(true);
    dropHint->setEnabled(false);

    auto *left = new QVBoxLayout;
    left->setSpacing(12);
    left->addWidget(title);
    left->addWidget(subtitle);
    left->addSpacing(24);
    left->addWidget(newButton);
    left->addWidget(openButton);
    left->addWidget(openSharedButton);
    left->addWidget(demoButton);
    left->addSpacing(12);
    left->addWidget(dropHint);
    left->addStretch(1);

    auto *recentTitle = new QLabel(tr("Recent events"));
    QFont heading = recentTitle->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.2);
    recentTitle->setFont(heading);
    m_recentList = new QListWidget;
    m_recentList->setObjectName(u"recentEventsList"_s);
    m_recentList->setContextMenuPolicy(Qt::CustomContextMenu);
    m_recentList->setSpacing(2);
    connect(m_recentList, &QListWidget::itemSelectionChanged, this, &StartPage::updateModeButtons);
    connect(m_recentList, &QListWidget::itemActivated, this, [this] { openSelected(WorkMode::Organizer); });
    connect(m_recentList, &QListWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        if (!m_recentList->itemAt(at))
            return;
        QMenu menu;
        menu.addAction(tr("Remove from This List"), this, &StartPage::forgetSelected);
        menu.exec(m_recentList->viewport()->mapToGlobal(at));
    });

    auto *openAsLabel = new QLabel(tr("Open the selected event as:"));
    m_organizerButton = bigButton(tr("Organizer"), u"openAsOrganizerButton"_s);
    m_organizerButton->setToolTip(tr("Set up the event, import attendees, watch the dashboard, export."));
    m_deskButton = bigButton(tr("Registration Desk"), u"openAsDeskButton"_s);
    m_deskButton->setToolTip(tr("Scan tickets and admit people at the door."));
    m_kioskButton = bigButton(tr("Bingo Kiosk"), u"openAsKioskButton"_s);
    m_kioskButton->setToolTip(tr("Hand this machine to attendees for networking bingo (full screen, PIN to leave)."));
    connect(m_organizerButton, &QPushButton::clicked, this, [this] { openSelected(WorkMode::Organizer); });
    connect(m_deskButton, &QPushButton::clicked, this, [this] { openSelected(WorkMode::Desk); });
    connect(m_kioskButton, &QPushButton::clicked, this, [this] { openSelected(WorkMode::Kiosk); });
    auto *modes = new QHBoxLayout;
    modes->setSpacing(12);
    modes->addWidget(m_organizerButton);
    modes->addWidget(m_deskButton);
    modes->addWidget(m_kioskButton);

    auto *right = new QVBoxLayout;
    right->setSpacing(12);
    right->addWidget(recentTitle);
    right->addWidget(m_recentList, 1);
    right->addWidget(openAsLabel);
    right->addLayout(modes);

    // Labels keep their height; the spare room goes below the buttons and to the list.
    for (QLabel *label : {title, subtitle, dropHint, recentTitle, openAsLabel})
        label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(48, 36, 48, 36);
    layout->setSpacing(48);
    layout->addLayout(left, 2);
    layout->addLayout(right, 3);

    reloadRecentEvents();
}

bool StartPage::isEventFile(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.suffix().compare(u"mannam"_s, Qt::CaseInsensitive) == 0;
}

QString StartPage::sharedEventTitle(const QString &address)
{
    const std::optional<ServerAddress> server = ServerAddress::parse(address);
    const QString where = server ? server->displayName() : address;
    const QString name = AppSettings::sharedEventName(address);
    return name.isEmpty() ? tr("%1 (shared)").arg(where) : tr("%1 — %2 (shared)").arg(name, where);
}

// A shared event is listed without connecting: the server may be out of
// reach from here, or want a password that is asked only when it is opened.
QListWidgetItem *StartPage::makeSharedItem(const QString &address) const
{
    auto *item = new QListWidgetItem;
    item->setData(PathRole, address);
    item->setText(u"%1\n%2"_s.arg(sharedEventTitle(address), address));
    item->setToolTip(tr("A shared event on a PostgreSQL server: %1").arg(address));
    return item;
}

QListWidgetItem *StartPage::makeRecentItem(const QString &path) const
{
    if (ServerAddress::isServerAddress(path))
        return makeSharedItem(path);
    const QFileInfo file(path);
    const QString where = QDir::toNativeSeparators(file.absoluteFilePath());
    auto *item = new QListWidgetItem;
    item->setData(PathRole, file.absoluteFilePath());
    if (!file.exists()) {
        item->setText(tr("%1 (missing)\n%2").arg(file.fileName(), where));
        item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        return item;
    }
    QString name = file.completeBaseName();
    QString when;
    try {
        // Read-only, so listing never changes an event (or upgrades its format).
        const auto event = EventFile::openForReading(path);
        const EventInfo info = event->store().eventInfo();
        if (!info.name.isEmpty())
            name = info.name;
        if (info.startsAt.isValid())
            when = QLocale().toString(info.startsAt.toLocalTime().date(), QLocale::ShortFormat);
    } catch (const StorageError &) {
        item->setText(tr("%1 (cannot be read)\n%2").arg(file.fileName(), where));
        return item;
    }
    item->setText(when.isEmpty() ? u"%1\n%2"_s.arg(name, where) : u"%1  ·  %2\n%3"_s.arg(name, when, where));
    item->setToolTip(where);
    return item;
}

void StartPage::reloadRecentEvents()
{
    m_recentList->clear();
    const QStringList recent = AppSettings::recentEvents();
    for (const QString &path : recent) {
        QListWidgetItem *item = makeRecentItem(path);
        item->setSizeHint(recentItemSize(*item, m_recentList->font()));
        m_recentList->addItem(item);
    }
    if (recent.isEmpty()) {
        auto *hint = new QListWidgetItem(tr("No events opened on this machine yet."));
        hint->setFlags(Qt::NoItemFlags);
        m_recentList->addItem(hint);
    }
    for (int row = 0; row < m_recentList->count(); ++row) {
        if (m_recentList->item(row)->flags() & Qt::ItemIsEnabled) {
            m_recentList->setCurrentRow(row);
            break;
        }
    }
    updateModeButtons();
}

QString StartPage::selectedPath() const
{
    const QList<QListWidgetItem *> selected = m_recentList->selectedItems();
    if (selected.isEmpty() || !(selected.constFirst()->flags() & Qt::ItemIsEnabled))
        return {};
    return selected.constFirst()->data(PathRole).toString();
}

void StartPage::updateModeButtons()
{
    const bool any = !selectedPath().isEmpty();
    m_organizerButton->setEnabled(any);
    m_deskButton->setEnabled(any);
    m_kioskButton->setEnabled(any);
}

void StartPage::openSelected(WorkMode mode)
{
    const QString path = selectedPath();
    if (!path.isEmpty())
        emit openRequested(path, mode);
}

void StartPage::forgetSelected()
{
    const QList<QListWidgetItem *> selected = m_recentList->selectedItems();
    if (selected.isEmpty())
        return;
    AppSettings::forgetRecentEvent(selected.constFirst()->data(PathRole).toString());
    reloadRecentEvents();
}

void StartPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (isEventFile(localFileOf(event->mimeData())))
        event->acceptProposedAction();
}

void StartPage::dropEvent(QDropEvent *event)
{
    const QString path = localFileOf(event->mimeData());
    if (!isEventFile(path))
        return;
    event->acceptProposedAction();
    emit openRequested(path, WorkMode::Organizer);
}

} // namespace mannam

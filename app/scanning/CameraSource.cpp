#include "CameraSource.h"

#include "common/AppSettings.h"

#include <QCamera>
#include <QCameraFormat>
#include <QCoreApplication>
#include <QMediaDevices>

#include <cmath>
#include <limits>
#include <tuple>

namespace mannam {

namespace {

constexpr float MinimumSmoothFrameRate = 24;
constexpr float WantedFrameRate = 30;

int pixelFormatRank(QVideoFrameFormat::PixelFormat format)
{
    using F = QVideoFrameFormat;
    switch (format) {
    case F::Format_NV12:
    case F::Format_NV21:
    case F::Format_YUV420P:
    case F::Format_YV12:
    case F::Format_YUV422P:
    case F::Format_IMC1:
    case F::Format_IMC2:
    case F::Format_IMC3:
    case F::Format_IMC4:
    case F::Format_Y8:
        return 0;
    case F::Format_YUYV:
    case F::Format_UYVY:
    case F::Format_AYUV:
    case F::Format_AYUV_Premultiplied:
    case F::Format_P010:
    case F::Format_P016:
    case F::Format_Y16:
    case F::Format_YUV420P10:
        return 1;
    case F::Format_Jpeg:
        return 3; // needs a JPEG decoder in the pipeline before we see a luma plane
    case F::Format_Invalid:
    case F::Format_SamplerExternalOES:
    case F::Format_SamplerRect:
        return 4;
    default:
        return 2; // RGB
    }
}

} // namespace

CameraSource::CameraSource(QObject *parent)
    : QObject(parent)
{
    m_session.setVideoSink(&m_ownSink);
}

CameraSource::~CameraSource()
{
    stop();
}

QList<QCameraDevice> CameraSource::cameras()
{
    return QMediaDevices::videoInputs();
}

int CameraSource::chooseFormat(const QList<CameraFormatCandidate> &candidates, QSize preferred)
{
    const qint64 preferredArea = qint64(preferred.width()) * preferred.height();
    // Smaller is better in every field.
    auto key = [&](const CameraFormatCandidate &c) {
        const qint64 area = qint64(c.resolution.width()) * c.resolution.height();
        const bool bigEnough = c.resolution.width() >= preferred.width()
                && c.resolution.height() >= preferred.height();
        return std::make_tuple(bigEnough ? 0 : 1,
                               bigEnough ? area - preferredArea : preferredArea - area,
                               c.maxFrameRate >= MinimumSmoothFrameRate ? 0 : 1,
                               pixelFormatRank(c.pixelFormat),
                               std::abs(c.maxFrameRate - WantedFrameRate));
    };
    int best = -1;
    for (int i = 0; i < candidates.size(); ++i) {
        if (candidates[i].resolution.isEmpty())
            continue;
        if (best < 0 || key(candidates[i]) < key(candidates[best]))
            best = i;
    }
    return best;
}

void CameraSource::setVideoSink(QVideoSink *sink)
{
    m_sink = sink;
    m_session.setVideoSink(videoSink());
}

QVideoSink *CameraSource::videoSink() const
{
    return m_sink ? m_sink.data() : const_cast<QVideoSink *>(&m_ownSink);
}

CameraChoice CameraSource::startRemembered()
{
    const QStringList remembered = AppSettings::value(AppSettings::Key::CameraResolution).toString().split(u'x');
    const QSize resolution = remembered.size() == 2 ? QSize(remembered.at(0).toInt(), remembered.at(1).toInt())
                                                    : PreferredResolution;
    const CameraChoice choice = start(AppSettings::value(AppSettings::Key::CameraId).toByteArray(),
                                      resolution.isValid() ? resolution : PreferredResolution);
    if (choice.isValid()) {
        AppSettings::setValue(AppSettings::Key::CameraId, choice.deviceId);
        AppSettings::setValue(AppSettings::Key::CameraResolution,
                              QString(QString::number(choice.resolution.width()) + u'x'
                                      + QString::number(choice.resolution.height())));
    }
    return choice;
}

CameraChoice CameraSource::start(const QByteArray &deviceId, QSize preferredResolution)
{
    stop();
    const QList<QCameraDevice> devices = QMediaDevices::videoInputs();
    if (devices.isEmpty()) {
        emit errorOccurred(tr("No camera was found. Connect a camera, or scan tickets with a USB scanner."));
        return {};
    }
    QCameraDevice device;
    for (const QCameraDevice &candidate : devices) {
        if (!deviceId.isEmpty() && candidate.id() == deviceId)
            device = candidate;
    }
    if (device.isNull())
        device = QMediaDevices::defaultVideoInput();
    if (device.isNull())
        device = devices.first();

    const QList<QCameraFormat> formats = device.videoFormats();
    QList<CameraFormatCandidate> candidates;
    candidates.reserve(formats.size());
    for (const QCameraFormat &format : formats)
        candidates.append({format.resolution(), format.pixelFormat(), format.maxFrameRate()});
    const int chosen = chooseFormat(candidates, preferredResolution);

    m_camera = std::make_unique<QCamera>(device);
    // Chosen explicitly: left alone, backends often pick the first format listed,
    // which may be 640×480 or a 5 fps full-sensor mode.
    if (chosen >= 0)
        m_camera->setCameraFormat(formats[chosen]);
    const QString name = device.description();
    connect(m_camera.get(), &QCamera::errorOccurred, this,
            [this, name](QCamera::Error error, const QString &detail) {
                if (error == QCamera::NoError)
                    return;
                emit errorOccurred(tr("The camera “%1” cannot be used (%2). Is another program using it?")
                                           .arg(name, detail));
            });
    connect(m_camera.get(), &QCamera::activeChanged, this, &CameraSource::activeChanged);
    // Queued: the handler deletes the camera, which owns the QMediaDevices that emits.
    connect(new QMediaDevices(m_camera.get()), &QMediaDevices::videoInputsChanged, this,
            &CameraSource::onVideoInputsChanged, Qt::QueuedConnection);

    m_session.setCamera(m_camera.get());
    m_session.setVideoSink(videoSink());

    m_choice = {};
    m_choice.deviceId = device.id();
    m_choice.description = name;
    if (chosen >= 0) {
        m_choice.resolution = formats[chosen].resolution();
        m_choice.pixelFormat = formats[chosen].pixelFormat();
        m_choice.maxFrameRate = formats[chosen].maxFrameRate();
    }
    m_camera->start();
    return m_choice;
}

void CameraSource::stop()
{
    if (!m_camera)
        return;
    m_camera->stop();
    m_session.setCamera(nullptr);
    m_camera.reset();
}

bool CameraSource::isActive() const
{
    return m_camera && m_camera->isActive();
}

void CameraSource::onVideoInputsChanged()
{
    if (!m_camera)
        return;
    for (const QCameraDevice &device : QMediaDevices::videoInputs()) {
        if (device.id() == m_choice.deviceId)
            return;
    }
    emit errorOccurred(tr("The camera “%1” was disconnected.").arg(m_choice.description));
    stop();
}

} // namespace mannam

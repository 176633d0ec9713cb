#include "SaveFile.h"

namespace mannam {

qint64 CompleteSaveFile::writeData(const char *data, qint64 len)
{
    qint64 done = 0;
    while (done < len) {
        const qint64 written = QSaveFile::writeData(data + done, len - done);
        if (written <= 0) {
            if (m_failure.isEmpty())
                m_failure = errorString();
            return -1;
        }
        done += written;
    }
    return len;
}

bool writeAll(QIODevice &device, QByteArrayView bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const qint64 written = device.write(bytes.data() + done, bytes.size() - done);
        if (written <= 0)
            return false;
        done += qsizetype(written);
    }
    return true;
}

} // namespace mannam

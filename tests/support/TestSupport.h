#pragma once
// Shared helpers for the Qt Test executables.
#include <QDir>
#include <QString>

namespace mannam::test {

// tests/data, passed in by CTest.
inline QString dataPath(const QString &name)
{
    return QDir(qEnvironmentVariable("MANNAM_TEST_DATA")).filePath(name);
}

} // namespace mannam::test

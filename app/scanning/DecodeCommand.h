#pragma once

#include <QStringList>
#include <QTextStream>

namespace mannam {

// `mannam decode IMAGE...`: prints "PATH: CODE" or "PATH: no code" for each image,
// in the order given. Exit code: 0 when every image had a code, 2 when at least one
// had none, 5 when an image could not be read (reported on `err`; the others are
// still decoded), 3 when no image was given. The same codes as CommandLine::ExitCode.
int runDecodeCommand(const QStringList &imagePaths, QTextStream &out, QTextStream &err);

} // namespace mannam

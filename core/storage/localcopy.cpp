#include "storage/localcopy.h"

#include "domain/errors.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace banatlas {
namespace {

// The translation context of this file's messages.
struct LocalCopyText final {
    Q_DECLARE_TR_FUNCTIONS(banatlas::LocalCopy)
};

constexpr qsizetype kChunk = 1 << 16;

QString sha256Of(QFile &f) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (!f.atEnd()) {
        const QByteArray chunk = f.read(kChunk);
        if (chunk.isEmpty() && f.error() != QFileDevice::NoError)
            throw StoreError(
                LocalCopyText::tr("%1: cannot be read: %2").arg(f.fileName(), f.errorString()));
        hash.addData(chunk);
    }
    return QString::fromLatin1(hash.result().toHex());
}

bool allowedType(const QString &name) {
    return localCopyTypes().contains(QFileInfo(name).suffix().toLower());
}

} // namespace

QString localCopyFolder(const QString &databasePath) {
    const QFileInfo info(databasePath);
    return info.absolutePath() + u'/' + info.fileName() + u".files"_s;
}

const QStringList &localCopyTypes() {
    static const QStringList types = {u"pdf"_s,  u"html"_s, u"htm"_s, u"txt"_s,  u"png"_s,
                                      u"jpg"_s,  u"jpeg"_s, u"gif"_s, u"webp"_s, u"odt"_s,
                                      u"docx"_s, u"xlsx"_s, u"ods"_s, u"csv"_s,  u"json"_s};
    return types;
}

QString sanitisedFileName(const QString &name) {
    const QFileInfo info(QFileInfo(name).fileName());
    const QString suffix = info.suffix().toLower();
    QString base = info.suffix().isEmpty() ? info.fileName() : info.completeBaseName();
    base = base.normalized(QString::NormalizationForm_KD);
    QString out;
    for (const QChar c : std::as_const(base)) {
        if (c.unicode() < 128 && (c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.'))
            out.append(c);
        else if (c.category() != QChar::Mark_NonSpacing && !out.endsWith(u'_'))
            out.append(u'_'); // accents are dropped, everything else becomes _
    }
    while (out.startsWith(u'.') || out.startsWith(u'-') || out.startsWith(u'_'))
        out.remove(0, 1);
    while (out.endsWith(u'.') || out.endsWith(u'_'))
        out.chop(1);
    if (out.isEmpty())
        out = u"source"_s;
    QString cleanSuffix;
    for (const QChar c : suffix) {
        if (c.unicode() < 128 && c.isLetterOrNumber())
            cleanSuffix.append(c);
    }
    const qsizetype room = 100 - (cleanSuffix.isEmpty() ? 0 : cleanSuffix.size() + 1);
    out.truncate(std::max<qsizetype>(1, room));
    return cleanSuffix.isEmpty() ? out : out + u'.' + cleanSuffix;
}

LocalCopy attachLocalCopy(const QString &databasePath, const QString &file) {
    const QFileInfo info(file);
    if (!info.isFile())
        throw StoreError(LocalCopyText::tr("%1: not a file").arg(file));
    if (!allowedType(info.fileName())) {
        throw StoreError(LocalCopyText::tr("%1: files of this type cannot be attached; allowed: %2")
                             .arg(file, localCopyTypes().join(u", "_s)));
    }
    if (info.size() > kMaxLocalCopyBytes) {
        throw StoreError(LocalCopyText::tr("%1: %2 MiB; an attached file may be at most %3 MiB")
                             .arg(file)
                             .arg(info.size() / (1024 * 1024))
                             .arg(kMaxLocalCopyBytes / (1024 * 1024)));
    }
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        throw StoreError(LocalCopyText::tr("%1: cannot be read: %2").arg(file, in.errorString()));
    LocalCopy copy;
    copy.sha256 = sha256Of(in);
    copy.name = copy.sha256.left(12) + u'-' + sanitisedFileName(info.fileName());

    const QString folder = localCopyFolder(databasePath);
    if (!QDir().mkpath(folder))
        throw StoreError(
            LocalCopyText::tr("%1: cannot create the folder for local copies").arg(folder));
    const QString target = folder + u'/' + copy.name;
    if (QFileInfo::exists(target)) {
        QFile existing(target);
        if (existing.open(QIODevice::ReadOnly) && sha256Of(existing) == copy.sha256)
            return copy; // the same file, attached before
    }
    in.seek(0);
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        throw StoreError(
            LocalCopyText::tr("%1: cannot be written: %2").arg(target, out.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(kChunk);
        hash.addData(chunk);
        if (out.write(chunk) != chunk.size())
            throw StoreError(
                LocalCopyText::tr("%1: cannot be written: %2").arg(target, out.errorString()));
    }
    // The file changed while it was being copied: what is kept must be what was hashed.
    if (QString::fromLatin1(hash.result().toHex()) != copy.sha256)
        throw StoreError(
            LocalCopyText::tr("%1: changed while it was being copied; try again").arg(file));
    if (!out.commit())
        throw StoreError(
            LocalCopyText::tr("%1: cannot be written: %2").arg(target, out.errorString()));
    return copy;
}

QString verifiedLocalCopy(const QString &databasePath, const Source &source) {
    const QString &name = source.localCopy;
    if (name.isEmpty())
        throw StoreError(LocalCopyText::tr("this source has no local copy"));
    if (name.contains(u'/') || name.contains(u'\\') || name.startsWith(u'.') ||
        name != sanitisedFileName(name)) {
        throw StoreError(
            LocalCopyText::tr("\"%1\": not a plain file name; it is not opened").arg(name));
    }
    if (!allowedType(name))
        throw StoreError(LocalCopyText::tr("\"%1\": files of this type are not opened").arg(name));
    if (source.sha256.isEmpty())
        throw StoreError(
            LocalCopyText::tr("\"%1\": no SHA-256 is recorded, so it cannot be checked").arg(name));
    const QString folder = localCopyFolder(databasePath);
    const QString path = folder + u'/' + name;
    const QFileInfo info(path);
    if (!info.exists())
        throw StoreError(LocalCopyText::tr("%1: the local copy is missing").arg(path));
    if (info.isSymLink() || !info.isFile() ||
        info.canonicalFilePath() != QDir(folder).canonicalPath() + u'/' + name) {
        throw StoreError(
            LocalCopyText::tr("%1: not a plain file in %2; it is not opened").arg(path, folder));
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw StoreError(LocalCopyText::tr("%1: cannot be read: %2").arg(path, f.errorString()));
    const QString actual = sha256Of(f);
    if (actual.compare(source.sha256, Qt::CaseInsensitive) != 0) {
        throw StoreError(
            LocalCopyText::tr("%1: changed since it was attached (SHA-256 %2, expected %3); it is "
                              "not opened")
                .arg(path, actual, source.sha256.toLower()));
    }
    return info.absoluteFilePath();
}

} // namespace banatlas

#include "keyring.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QEventLoop>
#include <QTimer>

#include <functional>
#include <memory>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace banatlas::keyring {
namespace {

// The translation context of this file's messages.
struct KeyringText final {
    Q_DECLARE_TR_FUNCTIONS(banatlas::Keyring)
};

// The service the passwords are filed under in the keyring ("BanAtlas team database").
QString service() {
    return u"BanAtlas team database"_s;
}

// Why no keyring can answer, or nothing when one can: a session D-Bus on which the Secret
// Service (GNOME Keyring, KeePassXC, recent KWallet) or KWallet runs or can be started.
// Asked of D-Bus itself: libsecret's words for a missing bus are translated, and differ.
QString whyUnavailable() {
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        return KeyringText::tr("no desktop keyring is available: there is no D-Bus session "
                               "(%1)")
            .arg(bus.lastError().message());
    }
    QDBusConnectionInterface *names = bus.interface();
    QStringList activatable;
    if (QDBusMessage reply =
            QDBusMessage::createMethodCall(u"org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s,
                                           u"org.freedesktop.DBus"_s, u"ListActivatableNames"_s);
        (reply = bus.call(reply)).type() == QDBusMessage::ReplyMessage &&
        !reply.arguments().isEmpty()) {
        activatable = reply.arguments().constFirst().toStringList();
    }
    for (const QString &service :
         {u"org.freedesktop.secrets"_s, u"org.kde.kwalletd5"_s, u"org.kde.kwalletd6"_s}) {
        if ((names && names->isServiceRegistered(service).value()) || activatable.contains(service))
            return {};
    }
    return KeyringText::tr("no desktop keyring is available: nothing on the session's D-Bus "
                           "keeps secrets (org.freedesktop.secrets)");
}

// How long a keyring may take (an unlock prompt of the desktop's waits for the user).
constexpr int kWaitMs = 120'000;

// Runs `job` (owned from now on) to its end and says how it went; `done` reads what it
// found. The wait takes no user input: the window behind a dialog must not be clicked
// while a password is on its way. A job that does not end in time is left to delete
// itself when it does, and counts as a failure.
template <typename Job>
Answer run(Job *job, const std::function<void(Job &, Answer &)> &done = {}) {
    Answer answer;
    answer.error = whyUnavailable();
    if (!answer.error.isEmpty()) {
        answer.available = false;
        delete job;
        return answer;
    }
    job->setAutoDelete(false);
    job->setInsecureFallback(false); // never a plain file in place of a keyring
    bool finished = false;
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&finished, &loop] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(kWaitMs, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!finished) {
        QObject::disconnect(job, nullptr, &loop, nullptr);
        job->setAutoDelete(true);
        answer.error = KeyringText::tr("the keyring did not answer");
        return answer;
    }
    const std::unique_ptr<Job> owned(job);
    switch (job->error()) {
    case QKeychain::NoError:
        if (done)
            done(*job, answer);
        break;
    case QKeychain::EntryNotFound:
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        answer.available = false;
        answer.error =
            KeyringText::tr("no desktop keyring is available (%1)").arg(job->errorString());
        break;
    case QKeychain::AccessDeniedByUser:
        answer.error = KeyringText::tr("the keyring was not unlocked");
        break;
    default:
        answer.error = job->errorString().isEmpty() ? KeyringText::tr("the keyring failed")
                                                    : job->errorString();
        break;
    }
    return answer;
}

} // namespace

Answer read(const QString &account) {
    auto *job = new QKeychain::ReadPasswordJob(service());
    job->setKey(account);
    return run<QKeychain::ReadPasswordJob>(job, [](QKeychain::ReadPasswordJob &j, Answer &a) {
        a.password = j.textData();
        a.found = true;
    });
}

Answer keep(const QString &account, const QString &password) {
    auto *job = new QKeychain::WritePasswordJob(service());
    job->setKey(account);
    job->setTextData(password);
    return run(job);
}

Answer forget(const QString &account) {
    const Answer kept = read(account); // whether there is one to forget: said to the user
    if (!kept.error.isEmpty() || !kept.found) {
        Answer answer;
        answer.available = kept.available;
        answer.error = kept.error;
        return answer;
    }
    auto *job = new QKeychain::DeletePasswordJob(service());
    job->setKey(account);
    Answer answer = run(job);
    answer.found = answer.error.isEmpty();
    return answer;
}

} // namespace banatlas::keyring

#include "interchange/importsession.h"

#include "interchange/interchangetext.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace banatlas {
namespace {

// The names of the stored vendors and their aliases.
NearNames nearNamesOf(const Store &store) {
    NearNames near;
    for (const Vendor &v : store.vendors()) {
        near.add(v.name);
        for (const QString &a : v.aliases)
            near.add(a);
    }
    return near;
}

} // namespace

ImportSession::ImportSession(Store &store, const QString &fileName, const ImportProgress &progress)
    : m_store(store)
    , m_fileName(fileName)
    , m_progress(progress)
    , m_near(nearNamesOf(store)) {}

void ImportSession::advance(double fraction) {
    // A few hundred calls for a whole file, however large.
    if (!m_progress || fraction - m_told < 0.005)
        return;
    m_told = fraction;
    if (!m_progress(std::clamp(fraction, 0.0, 1.0)))
        throw CancelledError(
            InterchangeText::tr("%1: the import was cancelled; nothing was written")
                .arg(m_fileName));
}

QString ImportSession::countsJson() const {
    const QJsonObject counts{{u"added"_s, m_summary.added},
                             {u"updated"_s, m_summary.updated},
                             {u"unchanged"_s, m_summary.unchanged},
                             {u"vendorsCreated"_s, m_summary.vendorsCreated},
                             {u"vendorsUpdated"_s, m_summary.vendorsUpdated}};
    return QString::fromUtf8(QJsonDocument(counts).toJson(QJsonDocument::Compact));
}

void ImportSession::putDecision(const Decision &d) {
    // Checked here once, by the store's rules: the store's import path does not check again.
    // (The store's validator, not one kept: a file's new governments change what is valid.)
    if (const QList<FieldError> errors = m_store.validator().check(d); !errors.isEmpty())
        throw ValidationError(errors);
    const QList<Vendor> created = m_store.createMissingVendors(d.vendors);
    for (const Vendor &v : created)
        noteNearName(v.name);
    m_summary.vendorsCreated += int(created.size());
    if (d.id != 0) {
        if (const auto old = m_store.decision(d.id)) {
            if (*old == d) {
                ++m_summary.unchanged;
            } else {
                m_store.updateDecision(d);
                ++m_summary.updated;
            }
            return;
        }
    }
    m_store.addDecision(d);
    ++m_summary.added;
}

qint64 ImportSession::addVendor(const Vendor &v) {
    noteNearName(normalizedName(v.name));
    const qint64 id = m_store.addVendor(v);
    ++m_summary.vendorsCreated;
    return id;
}

// Says so when a vendor about to be created is one edit away from a known one.
void ImportSession::noteNearName(const QString &name) {
    // Twenty are enough to look at: then the checking stops (and its index stops growing,
    // which matters when a file brings a hundred thousand new vendors).
    constexpr qsizetype kMostNotes = 20;
    if (m_summary.notesCut)
        return;
    if (const QString existing = m_near.near(name); !existing.isEmpty()) {
        if (m_summary.notes.size() == kMostNotes) {
            m_summary.notesCut = true;
            return;
        }
        m_summary.notes.append(
            InterchangeText::tr("new vendor \"%1\" is one letter away from \"%2\"; check that "
                                "it is not the same vendor")
                .arg(name, existing));
    }
    m_near.add(name);
}

} // namespace banatlas

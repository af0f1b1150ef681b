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

ImportSession::ImportSession(Store &store, const QString &fileName, const ImportProgress &progress,
                             ImportRecord *record)
    : m_store(store)
    , m_fileName(fileName)
    , m_progress(progress)
    , m_near(nearNamesOf(store))
    , m_record(record) {}

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
        vendorCreated(v.name);
    if (d.id != 0) {
        if (const auto old = m_store.decision(d.id)) {
            if (sameContent(*old, d)) {
                ++m_summary.unchanged;
            } else {
                m_store.updateDecision(d);
                ++m_summary.updated;
                if (m_record)
                    m_record->changed.append({*old, d});
            }
            return;
        }
    }
    const qint64 id = m_store.addDecision(d);
    ++m_summary.added;
    if (m_record) {
        // What a listing of the decisions added shows, not their text: a file of a million
        // rows is recorded in a fraction of its size.
        Decision added;
        added.id = id;
        added.country = d.country;
        added.vendors = d.vendors;
        added.measure = d.measure;
        added.announced = d.announced;
        added.title = d.title;
        m_record->added.append(std::move(added));
        if (d.id == 0)
            m_record->idsDrawn.insert(id);
    }
}

qint64 ImportSession::addVendor(const Vendor &v) {
    const qint64 id = m_store.addVendor(v);
    vendorCreated(normalizedName(v.name));
    return id;
}

void ImportSession::vendorUpdated(const QString &name) {
    ++m_summary.vendorsUpdated;
    if (m_record)
        m_record->vendorsUpdated.append(name);
}

// Says so when a vendor just created is one edit away from a known one.
void ImportSession::vendorCreated(const QString &name) {
    ++m_summary.vendorsCreated;
    // Twenty are enough to look at: then the checking stops (and its index stops growing,
    // which matters when a file brings a hundred thousand new vendors).
    constexpr qsizetype kMostNotes = 20;
    QString existing;
    if (!m_summary.notesCut) {
        existing = m_near.near(name);
        if (!existing.isEmpty() && m_summary.notes.size() == kMostNotes) {
            m_summary.notesCut = true;
            existing.clear();
        } else if (!existing.isEmpty()) {
            m_summary.notes.append(
                InterchangeText::tr("new vendor \"%1\" is one letter away from \"%2\"; check "
                                    "that it is not the same vendor")
                    .arg(name, existing));
        }
        if (!m_summary.notesCut)
            m_near.add(name);
    }
    if (m_record)
        m_record->vendorsCreated.append({name, existing});
}

} // namespace banatlas

#include "interchange.h"
#include "statusresolver.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace banatlas;

namespace {

// The decision of `country` announced on `announced` with `measure` naming every vendor.
std::optional<Decision> find(const QList<Decision> &all, const QString &country, Measure measure,
                             const QString &announced, const QStringList &vendors) {
    for (const Decision &d : all) {
        if (d.country != country || d.measure != measure || d.announced.toString() != announced)
            continue;
        bool named = true;
        for (const QString &v : vendors)
            named = named && d.vendors.contains(v);
        if (named)
            return d;
    }
    return std::nullopt;
}

} // namespace

class TestDataset : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QList<Decision> m_decisions;

private slots:
    void initTestCase() {
        m_store = openDatabase(m_dir.filePath(u"seeded.banatlas"_s));
        m_decisions = m_store->decisions();
    }

    void everyDecisionIsSourced() {
        QCOMPARE(m_decisions.size(), 77);
        for (const Decision &d : std::as_const(m_decisions)) {
            QVERIFY2(!d.sources.isEmpty(), qPrintable(d.title));
            QVERIFY2(!d.sources.first().title.isEmpty(), qPrintable(d.title));
            QVERIFY2(!d.summary.isEmpty(), qPrintable(d.title));
            // Only the seed article itself lacks an address; it is marked single-source.
            if (d.sources.first().url.isEmpty())
                QCOMPARE(d.confidence, Confidence::SingleSource);
        }
    }

    void seedArticleClaimsArePresent() {
        const QStringList hz{u"Huawei"_s, u"ZTE"_s};
        const QStringList hw{u"Huawei"_s};
        // Australia's 5G ban of Huawei and ZTE.
        const auto au = find(m_decisions, u"AU"_s, Measure::Ban, u"2018-08-23"_s, hz);
        QVERIFY(au && au->scopes.contains(Scope::Core5g));
        // New Zealand's refusal of Spark's Huawei 5G plan.
        const auto nz = find(m_decisions, u"NZ"_s, Measure::Ban, u"2018-11-28"_s, hw);
        QVERIFY(nz && nz->title.contains(u"Spark"_s));
        // The US procurement ban of Huawei and ZTE (NDAA section 889).
        const auto ndaa = find(m_decisions, u"US"_s, Measure::ProcurementBan, u"2018-08-13"_s, hz);
        QVERIFY(ndaa && ndaa->legalForm == LegalForm::Law);
        // Huawei handsets shut out of US carriers: de facto, not a law.
        const auto handsets = find(m_decisions, u"US"_s, Measure::Restriction, u"2018-01"_s, hw);
        QVERIFY(handsets && handsets->legalForm == LegalForm::DeFacto &&
                handsets->scopes.contains(Scope::Devices));
        // The Broadcom-Qualcomm block.
        const auto broadcom =
            find(m_decisions, u"US"_s, Measure::Ban, u"2018-03-12"_s, {u"Broadcom"_s});
        QVERIFY(broadcom && broadcom->scopes.contains(Scope::Investment));
        // Japan's procurement exclusion.
        QVERIFY(find(m_decisions, u"JP"_s, Measure::ProcurementBan, u"2018-12-10"_s, hz));
        // Germany considering a ban.
        QVERIFY(find(m_decisions, u"DE"_s, Measure::Considering, u"2018-11"_s, hw));
        // The UK's warning to telecom operators.
        QVERIFY(find(m_decisions, u"GB"_s, Measure::Warning, u"2018-11-05"_s, hw));
    }

    void editorialFixesApplied() {
        // Prose deadlines moved into the summary.
        for (qint64 id : {29, 30, 57}) {
            const auto d = m_store->decision(id);
            QVERIFY(d->deadline.isNull());
            QVERIFY2(d->summary.contains(u"years"_s) || d->summary.contains(u"60 days"_s),
                     qPrintable(d->summary));
        }
        // Holding companies are not parents; TikTok's parent is a vendor.
        QCOMPARE(m_store->findVendor(u"Huawei")->parent, QString());
        QCOMPARE(m_store->findVendor(u"TikTok")->parent, u"ByteDance"_s);
        for (const Vendor &v : m_store->vendors()) {
            if (!v.parent.isEmpty())
                QVERIFY2(m_store->findVendor(v.parent), qPrintable(v.name));
        }
    }

    void statusOfTheSeedStory() {
        const StatusResolver resolver(m_decisions, m_store->vendors());
        QStringList codes;
        for (const Country &c : m_store->countries())
            codes.append(c.code);
        const auto at = resolver.resolveCountries(codes, {u"Huawei"_s}, QDate(2018, 9, 1));
        QCOMPARE(at[u"AU"_s].statusClass, StatusClass::Banned);
        QCOMPARE(at[u"NZ"_s].statusClass, StatusClass::NoData); // refused Spark in November
        QCOMPARE(at[u"FR"_s].statusClass, StatusClass::NoData);
        const auto gb = resolver.resolve(u"GB"_s, u"Huawei"_s, QDate(2020, 8, 1));
        QCOMPARE(gb.statusClass, StatusClass::Banned);
        QVERIFY(gb.pending);
        // Germany: considering in November 2018, no exclusion in the October 2019 catalogue.
        QCOMPARE(resolver.resolve(u"DE"_s, u"Huawei"_s, QDate(2019, 1, 1)).statusClass,
                 StatusClass::UnderReview);
        QCOMPARE(resolver.resolve(u"DE"_s, u"Huawei"_s, QDate(2019, 12, 1)).statusClass,
                 StatusClass::Allowed);
        const auto se = resolver.resolve(u"SE"_s, u"Huawei"_s, QDate(2020, 11, 15));
        QCOMPARE(se.statusClass, StatusClass::Allowed); // court suspension
        QCOMPARE(resolver.resolve(u"SE"_s, u"Huawei"_s, QDate(2021, 1, 15)).statusClass,
                 StatusClass::Banned);
    }
};

QTEST_GUILESS_MAIN(TestDataset)
#include "tst_dataset.moc"

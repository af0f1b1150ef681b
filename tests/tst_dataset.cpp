#include "domain/statusresolver.h"
#include "helpers/storehelpers.h"
#include "interchange/database.h"

#include "helpers/testsetup.h"

#include <QFontDatabase>
#include <QRawFont>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

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

// Hosts of governments, parliaments, regulators, courts and gazettes: a decision is
// `official` only with a source from one of them (a host or any of its subdomains).
bool isOfficialHost(const QString &host) {
    static const QStringList official{
        u"gov"_s,     u"mil"_s,        u"gov.uk"_s,           u"parliament.uk"_s,
        u"gc.ca"_s,   u"gov.au"_s,     u"gov.pk"_s,           u"europa.eu"_s,
        u"bund.de"_s, u"gouv.fr"_s,    u"govcert.cz"_s,       u"riigikogu.ee"_s,
        u"kam.lt"_s,  u"domstol.se"_s, u"rijksoverheid.nl"_s, u"pts.se"_s,
        u"boe.es"_s,  u"gob.es"_s,     u"kryeministria.al"_s};
    for (const QString &o : official) {
        if (host == o || host.endsWith(u'.' + o))
            return true;
    }
    return false;
}

QString describe(const Decision &d) {
    return u"decision %1 (%2, %3)"_s.arg(d.id).arg(d.country, d.title);
}

} // namespace

class TestDataset : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QList<Decision> m_decisions;

private slots:
    void init() { testing::failOnQtWarnings(); }

    void initTestCase() {
        testing::failOnQtWarnings();
        m_store = openDatabase(m_dir.filePath(u"seeded.banatlas"_s));
        m_decisions = m_store->decisions();
    }

    // Every character of every text the bundled data holds (Hindi and Japanese source
    // titles among them) has a font on the machine: without one the window and the
    // report draw boxes. Needs the fonts that install-deps.sh and the package name.
    void everyScriptHasAFont() {
        QSet<char32_t> needed;
        auto collect = [&needed](const QString &text) {
            for (char32_t c : text.toUcs4()) {
                if (c >= 0x80 && !QChar::isSpace(c) && QChar::category(c) != QChar::Other_Format)
                    needed.insert(c);
            }
        };
        for (const Decision &d : std::as_const(m_decisions)) {
            collect(d.title);
            collect(d.summary);
            for (const Source &s : d.sources) {
                collect(s.title);
                collect(s.publisher);
            }
        }
        for (const Vendor &v : m_store->vendors()) {
            collect(v.name);
            collect(v.notes);
            for (const QString &a : v.aliases)
                collect(a);
        }
        QVERIFY(needed.contains(U'प'));  // Devanagari
        QVERIFY(needed.contains(U'政')); // Han
        QList<QRawFont> fonts;
        for (const QString &family : QFontDatabase::families()) {
            QFont font(family);
            font.setStyleStrategy(QFont::NoFontMerging);
            fonts.append(QRawFont::fromFont(font));
        }
        QVERIFY(!fonts.isEmpty());
        QStringList missing;
        for (char32_t c : std::as_const(needed)) {
            if (std::none_of(fonts.cbegin(), fonts.cend(),
                             [c](const QRawFont &f) { return f.supportsCharacter(c); }))
                missing.append(u"U+%1"_s.arg(uint(c), 4, 16, QChar(u'0')));
        }
        missing.sort();
        QVERIFY2(missing.isEmpty(), qPrintable(u"no font for "_s + missing.join(u' ')));
    }

    // The release's size: the targets it was built to.
    void coversWhatAnAnalystExpects() {
        QCOMPARE(m_decisions.size(), testing::bundledDecisionCount());
        QVERIFY2(m_decisions.size() >= 120, qPrintable(QString::number(m_decisions.size())));
        QSet<QString> governments;
        for (const Decision &d : std::as_const(m_decisions))
            governments.insert(d.country);
        QVERIFY2(governments.size() >= 35, qPrintable(QString::number(governments.size())));
        QVERIFY(governments.contains(u"EU"_s));
    }

    // Every decision: a summary, at least one source with title, publisher, date and an
    // http(s) address; every source at least its title, publisher and address.
    void everyDecisionIsSourced() {
        for (const Decision &d : std::as_const(m_decisions)) {
            QVERIFY2(!d.summary.trimmed().isEmpty(), qPrintable(describe(d)));
            bool complete = false;
            for (const Source &s : d.sources) {
                const QUrl url(s.url);
                QVERIFY2(!s.title.isEmpty() && !s.publisher.isEmpty(), qPrintable(describe(d)));
                QVERIFY2(url.isValid() &&
                             (url.scheme() == u"https"_s || url.scheme() == u"http"_s) &&
                             !url.host().isEmpty(),
                         qPrintable(describe(d) + u": "_s + s.url));
                complete = complete || !s.published.isNull();
            }
            QVERIFY2(complete, qPrintable(describe(d) + u": no dated source"_s));
            // No page cited twice (the same address with another query string or "www.").
            QSet<QString> pages;
            for (const Source &s : d.sources) {
                const QUrl url(s.url);
                QString host = url.host().toLower();
                if (host.startsWith(u"www."_s))
                    host = host.mid(4);
                QString path = url.path();
                while (path.endsWith(u'/'))
                    path.chop(1);
                const QString page = host + path;
                QVERIFY2(!pages.contains(page), qPrintable(describe(d) + u": twice "_s + s.url));
                pages.insert(page);
            }
        }
    }

    // Confidence says what is attached: `official` needs an official source, and
    // `multiple_sources` two publishers.
    void confidenceMatchesTheSources() {
        for (const Decision &d : std::as_const(m_decisions)) {
            QSet<QString> publishers;
            bool official = false;
            for (const Source &s : d.sources) {
                publishers.insert(s.publisher);
                official = official || isOfficialHost(QUrl(s.url).host().toLower());
            }
            if (d.confidence == Confidence::Official)
                QVERIFY2(official,
                         qPrintable(describe(d) + u": official without an official source"_s));
            if (d.confidence == Confidence::MultipleSources)
                QVERIFY2(publishers.size() >= 2, qPrintable(describe(d) + u": one publisher"_s));
        }
        // The host list itself: a news site is not official, a ministry's subdomain is.
        QVERIFY(!isOfficialHost(u"www.reuters.com"_s));
        QVERIFY(!isOfficialHost(u"notgov.uk.example.com"_s));
        QVERIFY(isOfficialHost(u"docs.fcc.gov"_s));
        QVERIFY(isOfficialHost(u"www.bmi.bund.de"_s));
    }

    // Dates in order: announced, then effective; ended and deadline not before the
    // decision binds; nothing announced in the future or before the dataset's first year.
    void datesAreOrdered() {
        for (const Decision &d : std::as_const(m_decisions)) {
            const QDate announced = d.announced.firstDay();
            const QDate binds = d.effectiveOrAnnounced().firstDay();
            QVERIFY2(announced.year() >= 2010 && announced <= QDate::currentDate(),
                     qPrintable(describe(d)));
            QVERIFY2(binds >= announced,
                     qPrintable(describe(d) + u": effective before announced"_s));
            if (!d.ended.isNull())
                QVERIFY2(d.ended.firstDay() >= binds,
                         qPrintable(describe(d) + u": ended too early"_s));
            if (!d.deadline.isNull())
                QVERIFY2(d.deadline.firstDay() >= binds,
                         qPrintable(describe(d) + u": deadline before it binds"_s));
        }
    }

    // No vendor that no decision names (or whose subsidiary a decision names), and no
    // decision twice.
    void noUnusedVendorNoDuplicate() {
        QSet<QString> named;
        QSet<QString> seen;
        for (const Decision &d : std::as_const(m_decisions)) {
            for (const QString &v : d.vendors)
                named.insert(v.toCaseFolded());
            QStringList vendors = d.vendors;
            vendors.sort(Qt::CaseInsensitive);
            QStringList scopes;
            for (Scope sc : d.scopes)
                scopes.append(QString::number(int(sc)));
            scopes.sort();
            const QString key = QStringList{d.country,
                                            vendors.join(u';'),
                                            QString::number(int(d.measure)),
                                            d.announced.toString(),
                                            d.effective.toString(),
                                            d.ended.toString(),
                                            d.deadline.toString(),
                                            scopes.join(u';')}
                                    .join(u'|');
            QVERIFY2(!seen.contains(key), qPrintable(describe(d) + u": a duplicate"_s));
            seen.insert(key);
        }
        for (const Vendor &v : m_store->vendors())
            QVERIFY2(named.contains(v.name.toCaseFolded()), qPrintable(v.name + u" is unused"_s));
    }

    void seedArticleClaimsArePresent() {
        const QStringList hz{u"Huawei"_s, u"ZTE"_s};
        const QStringList hw{u"Huawei"_s};
        // Australia's 5G ban of Huawei and ZTE.
        const auto au = find(m_decisions, u"AU"_s, Measure::Ban, u"2018-08-23"_s, hz);
        QVERIFY(au && au->scopes.contains(Scope::Core5g));
        // New Zealand's refusal of Spark's Huawei 5G plan: that plan's radio network only.
        const auto nz = find(m_decisions, u"NZ"_s, Measure::Restriction, u"2018-11-28"_s, hw);
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
        // A prose deadline moved into the summary (Romania's removal periods); the FCC's
        // revocations got the dates its orders set (release 2).
        const auto ro = m_store->decision(57);
        QVERIFY(ro->deadline.isNull());
        QVERIFY2(ro->summary.contains(u"years"_s), qPrintable(ro->summary));
        QCOMPARE(m_store->decision(29)->deadline, PartialDate::day(2022, 1, 3));
        QCOMPARE(m_store->decision(30)->deadline, PartialDate::day(2022, 4, 4));
        // Holding companies are not parents; TikTok's parent is a vendor.
        QCOMPARE(m_store->findVendor(u"Huawei").value().parent, QString());
        QCOMPARE(m_store->findVendor(u"TikTok").value().parent, u"ByteDance"_s);
        for (const Vendor &v : m_store->vendors()) {
            if (!v.parent.isEmpty())
                QVERIFY2(m_store->findVendor(v.parent), qPrintable(v.name));
        }
    }

    // Well-known facts, on dates well inside their periods: what the map says on that day.
    void wellKnownFacts_data() {
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("vendor");
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<StatusClass>("expected");
        QTest::addColumn<bool>("pending");
        const auto row = [](const char *name, const char *country, const char *vendor, QDate asOf,
                            StatusClass expected, bool pending = false) {
            QTest::newRow(name) << QString::fromLatin1(country) << QString::fromLatin1(vendor)
                                << asOf << expected << pending;
        };
        using C = StatusClass;
        // The seed story of late 2018.
        row("AU Huawei 5G, announced, obligations not yet binding", "AU", "Huawei",
            QDate(2018, 9, 1), C::Banned, true);
        row("AU Huawei 5G", "AU", "Huawei", QDate(2019, 6, 1), C::Banned);
        row("NZ before Spark's refusal", "NZ", "Huawei", QDate(2018, 9, 1), C::NoData);
        row("NZ Spark's RAN only", "NZ", "Huawei", QDate(2019, 6, 1), C::Restricted);
        row("FR nothing yet", "FR", "Huawei", QDate(2018, 9, 1), C::NoData);
        row("DE considering", "DE", "Huawei", QDate(2019, 1, 1), C::UnderReview);
        row("DE catalogue without exclusion", "DE", "Huawei", QDate(2020, 1, 1), C::Allowed);
        row("DE IT Security Act 2.0: a power, no order", "DE", "Huawei", QDate(2022, 6, 1),
            C::UnderReview);
        row("DE 2024 agreement", "DE", "Huawei", QDate(2025, 1, 1), C::Restricted);
        row("JP government procurement", "JP", "Huawei", QDate(2019, 6, 1), C::GovernmentBan);
        // The UK: cap and core exclusion, then the ban on purchases from 2021.
        row("GB 35% cap", "GB", "Huawei", QDate(2020, 3, 1), C::Restricted);
        row("GB ban announced, cap still binding", "GB", "Huawei", QDate(2020, 9, 1), C::Banned,
            true);
        row("GB ban in force", "GB", "Huawei", QDate(2021, 6, 1), C::Banned);
        // Sweden: PTS conditions, suspended by a court, then in force again.
        row("SE court suspension", "SE", "Huawei", QDate(2020, 11, 20), C::Allowed);
        row("SE conditions again", "SE", "Huawei", QDate(2021, 6, 1), C::Banned);
        // India: out of the 2018 trials, admitted at the end of 2019, out again in 2021.
        row("IN 2018 trials", "IN", "Huawei", QDate(2019, 6, 1), C::Restricted);
        row("IN admitted to trials", "IN", "Huawei", QDate(2020, 6, 1), C::Allowed);
        row("IN trusted sources", "IN", "Huawei", QDate(2022, 1, 1), C::Restricted);
        // The US.
        row("US ZTE denial order", "US", "ZTE", QDate(2018, 5, 1), C::Banned);
        row("US ZTE denial order lifted", "US", "ZTE", QDate(2018, 8, 1), C::NoneInForce);
        row("US Kaspersky sales ban", "US", "Kaspersky", QDate(2025, 1, 1), C::Banned);
        row("US TikTok: enforcement suspended, off government devices", "US", "TikTok",
            QDate(2025, 6, 1), C::GovernmentBan);
        row("CA Huawei 5G and 4G", "CA", "Huawei", QDate(2023, 1, 1), C::Banned);
        row("EU Commission's own connectivity", "EU", "Huawei", QDate(2023, 9, 1),
            C::GovernmentBan);
        row("PT high-risk suppliers", "PT", "Huawei", QDate(2024, 1, 1), C::Banned);
        // Laws that create a power to exclude, with no order under them: under review.
        row("FI power to order equipment out", "FI", "Huawei", QDate(2023, 1, 1), C::UnderReview);
        row("ES supplier classification, no list", "ES", "Huawei", QDate(2023, 1, 1),
            C::UnderReview);
        row("HU Huawei welcome", "HU", "Huawei", QDate(2021, 1, 1), C::Allowed);
        row("LT untrusted states' cameras out of public bodies", "LT", "Hikvision",
            QDate(2025, 6, 1), C::GovernmentBan);
        row("IN ZTE admitted to trials too", "IN", "ZTE", QDate(2020, 6, 1), C::Allowed);
        row("AT review closed without a ban", "AT", "Huawei", QDate(2024, 1, 1), C::NoneInForce);
        row("GB cut-off for installations announced", "GB", "Huawei", QDate(2020, 12, 15),
            C::Banned, true);
        // An operator's own choice is not a government's decision.
        row("NO Telenor's choice is no decision", "NO", "Huawei", QDate(2022, 1, 1), C::NoData);
        // A court order withdrawn before it applied: announced, never in force.
        row("ES Telegram order announced", "ES", "Telegram", QDate(2024, 3, 23), C::Banned, true);
        row("ES Telegram order withdrawn", "ES", "Telegram", QDate(2024, 4, 1), C::NoneInForce);
        // Apps: a ban that ended, and one lifted.
        row("PK TikTok block of October 2020", "PK", "TikTok", QDate(2020, 10, 15), C::Banned);
        row("PK TikTok block over", "PK", "TikTok", QDate(2021, 1, 1), C::NoneInForce);
        row("NP TikTok ban", "NP", "TikTok", QDate(2024, 3, 1), C::Banned);
        row("NP TikTok ban lifted", "NP", "TikTok", QDate(2025, 1, 1), C::Allowed);
        // No data is not "allowed": a government with no decision on the vendor.
        row("CH no decision", "CH", "Huawei", QDate(2024, 1, 1), C::NoData);
    }

    void wellKnownFacts() {
        QFETCH(QString, country);
        QFETCH(QString, vendor);
        QFETCH(QDate, asOf);
        QFETCH(StatusClass, expected);
        QFETCH(bool, pending);
        const StatusResolver resolver(m_decisions, m_store->vendors());
        const Status status = resolver.resolve(country, vendor, asOf);
        QCOMPARE(status.statusClass, expected);
        QCOMPARE(status.pending, pending);
        // Explainable: a class other than no data names the decisions that produced it.
        if (expected != StatusClass::NoData)
            QVERIFY(!status.deciding.isEmpty() || expected == StatusClass::NoneInForce);
    }
};

QTEST_MAIN(TestDataset)
#include "tst_dataset.moc"

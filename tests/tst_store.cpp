#include "helpers/storehelpers.h"
#include "helpers/teststores.h"
#include "interchange/database.h"
#include "storage/serveraddress.h"
#include "storage/store.h"

#include "helpers/testsetup.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace banatlas;

namespace {

Decision sample() {
    Decision d;
    d.country = u"AU"_s;
    d.vendors = {u"Huawei"_s, u"ZTE"_s};
    d.measure = Measure::Ban;
    d.scopes = {Scope::Core5g, Scope::Ran5g};
    d.announced = PartialDate::day(2018, 8, 23);
    d.title = u"Australia excludes Huawei and ZTE from 5G"_s;
    d.summary = u"Guidance to carriers."_s;
    d.legalForm = LegalForm::Guidance;
    d.confidence = Confidence::MultipleSources;
    d.sources = {{0,
                  u"TelecomTV report"_s,
                  u"TelecomTV"_s,
                  u"https://example.org/a"_s,
                  PartialDate::day(2018, 8, 24),
                  {},
                  {},
                  {}}};
    return d;
}

bool hasField(const QList<FieldError> &errors, const QString &field) {
    for (const FieldError &e : errors) {
        if (e.field == field)
            return true;
    }
    return false;
}

// Who the audit log says made a change: on a server the user the tests log in as and
// "local" (they connect through the server's socket); on a file the login and the
// machine's name.
QString expectedUser() {
    if (testing::onServer())
        return u"postgres"_s;
    const passwd *entry = getpwuid(geteuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QString();
}

QString expectedHost() {
    return testing::onServer() ? u"local"_s : QSysInfo::machineHostName();
}

} // namespace

class TestStore : public QObject {
    Q_OBJECT

    testing::TestDatabases m_databases; // files, or a server (tests/helpers/teststores.h)

    std::unique_ptr<Store> fresh() {
        auto store = m_databases.fresh(u"db"_s);
        Vendor hw;
        hw.name = u"Huawei"_s;
        hw.homeCountry = u"CN"_s;
        hw.kind = VendorKind::TelecomEquipment;
        store->addVendor(hw);
        Vendor zte;
        zte.name = u"ZTE"_s;
        store->addVendor(zte);
        return store;
    }

private slots:
    void init() { testing::failOnQtWarnings(); }

    void referenceCountries() {
        Store store(m_databases.create(u"ref"_s));
        QCOMPARE(store.engine(), testing::testEngine());
        const QList<Country> countries = store.countries();
        QCOMPARE(countries.size(), 251); // 249 ISO entries + Kosovo + the EU
        const auto gb = store.country(u"GB"_s);
        QVERIFY(gb);
        QCOMPARE(gb->alpha3, u"GBR"_s);
        QCOMPARE(gb->numeric, u"826"_s);
        QCOMPARE(gb->name, u"United Kingdom"_s);
        QCOMPARE(gb->region, u"Europe"_s);
        const auto eu = store.country(u"EU"_s);
        QVERIFY(eu && eu->supranational && eu->numeric.isEmpty());
        QCOMPARE(store.resolveCountry(u"deu"), u"DE"_s);
        QCOMPARE(store.resolveCountry(u"Germany"), u"DE"_s);
        QCOMPARE(store.resolveCountry(u"UK"), u"GB"_s);
        QCOMPARE(store.resolveCountry(u"nz"), u"NZ"_s);
        QVERIFY(!store.resolveCountry(u"Atlantis"));
    }

    void groupsUseMembershipAtTheDate() {
        Store store(m_databases.create(u"groups"_s));
        const auto eu = store.group(u"EU"_s);
        QVERIFY(eu);
        QCOMPARE(eu->membersOn(QDate(2020, 1, 31)).size(), 28);
        QVERIFY(eu->membersOn(QDate(2020, 1, 31)).contains(u"GB"_s));
        QCOMPARE(eu->membersOn(QDate(2020, 2, 1)).size(), 27);
        QVERIFY(!eu->membersOn(QDate(2020, 2, 1)).contains(u"GB"_s));
        QVERIFY(!eu->membersOn(QDate(2012, 1, 1)).contains(u"HR"_s));
        QCOMPARE(store.group(u"FIVE_EYES"_s)->membersOn(QDate(2024, 1, 1)),
                 (QStringList{u"AU"_s, u"CA"_s, u"GB"_s, u"NZ"_s, u"US"_s}));
        const auto nato = store.group(u"NATO"_s);
        QVERIFY(!nato->membersOn(QDate(2023, 12, 31)).contains(u"SE"_s));
        QVERIFY(nato->membersOn(QDate(2024, 3, 7)).contains(u"SE"_s));
        QCOMPARE(store.group(u"G7"_s)->membersOn(QDate(2024, 1, 1)).size(), 7);
        const auto quad = store.group(u"QUAD"_s);
        QVERIFY(!quad->membersOn(QDate(2010, 1, 1)).contains(u"AU"_s));
        QCOMPARE(quad->membersOn(QDate(2020, 1, 1)),
                 (QStringList{u"AU"_s, u"IN"_s, u"JP"_s, u"US"_s}));
    }

    void decisionCrud() {
        auto store = fresh();
        const qint64 id = store->addDecision(sample());
        QVERIFY(id > 0);
        auto read = store->decision(id);
        QVERIFY(read);
        Decision expected = sample();
        expected.id = id;
        expected.version = 1; // as added
        QCOMPARE(*read, expected);
        QVERIFY(read->sources.first().id > 0);

        read->measure = Measure::Restriction;
        read->ended = PartialDate::month(2021, 1);
        read->sources.append({0, u"Second"_s, {}, u"http://example.org/b"_s, {}, {}, {}, {}});
        const qint64 firstSourceId = read->sources.first().id;
        store->updateDecision(*read);
        const auto updated = store->decision(id);
        QCOMPARE(updated->measure, Measure::Restriction);
        QCOMPARE(updated->ended, PartialDate::month(2021, 1));
        QCOMPARE(updated->sources.size(), 2);
        QCOMPARE(updated->sources.first().id, firstSourceId); // kept across the edit

        store->removeDecision(id);
        QVERIFY(!store->decision(id));
        QCOMPARE(store->decisionCount(), 0);
    }

    void keepsGivenIds() {
        auto store = fresh();
        Decision d = sample();
        d.id = 42;
        QCOMPARE(store->addDecision(d), 42);
        try {
            store->addDecision(d);
            QFAIL("a second decision with the same id was stored");
        } catch (const ValidationError &e) {
            QVERIFY(hasField(e.errors(), u"id"_s));
        }
        QCOMPARE(store->decisionCount(), 1);
    }

    void sources() {
        auto store = fresh();
        const qint64 id = store->addDecision(sample());
        const qint64 sourceId = store->addSource(
            id, {0, u"Gazette"_s, u"Govt"_s, u"https://gov.example/x"_s, {}, {}, {}, {}});
        QCOMPARE(store->decision(id)->sources.size(), 2);
        Source s = store->decision(id)->sources.last();
        QCOMPARE(s.id, sourceId);
        s.title = u"Official gazette"_s;
        store->updateSource(id, s);
        QCOMPARE(store->decision(id)->sources.last().title, u"Official gazette"_s);
        store->removeSource(id, sourceId);
        QCOMPARE(store->decision(id)->sources.size(), 1);
        QVERIFY_THROWS_EXCEPTION(ValidationError, store->removeSource(id, sourceId));
        // A bad URL is refused and nothing changes.
        QVERIFY_THROWS_EXCEPTION(
            ValidationError,
            store->addSource(id, {0, u"x"_s, {}, u"file:///etc/passwd"_s, {}, {}, {}, {}}));
        QCOMPARE(store->decision(id)->sources.size(), 1);
    }

    void validationNamesTheField_data() {
        QTest::addColumn<int>("mutation");
        QTest::addColumn<QString>("field");
        QTest::newRow("no country") << 0 << u"country"_s;
        QTest::newRow("unknown country") << 1 << u"country"_s;
        QTest::newRow("no vendor") << 2 << u"vendors"_s;
        QTest::newRow("no scope") << 3 << u"scope"_s;
        QTest::newRow("no announced") << 4 << u"announced"_s;
        QTest::newRow("effective before announced") << 5 << u"effective"_s;
        QTest::newRow("ended before effective") << 6 << u"ended"_s;
        QTest::newRow("empty title") << 7 << u"title"_s;
        QTest::newRow("title too long") << 8 << u"title"_s;
        QTest::newRow("date that does not exist") << 9 << u"announced"_s;
        QTest::newRow("unknown vendor") << 10 << u"vendors"_s;
        QTest::newRow("bad source url") << 11 << u"sources[0].url"_s;
        QTest::newRow("vendor twice") << 12 << u"vendors"_s;
        QTest::newRow("deadline before announced") << 13 << u"deadline"_s;
    }
    void validationNamesTheField() {
        QFETCH(int, mutation);
        QFETCH(QString, field);
        auto store = fresh();
        Decision d = sample();
        switch (mutation) {
        case 0:
            d.country.clear();
            break;
        case 1:
            d.country = u"QQ"_s;
            break;
        case 2:
            d.vendors.clear();
            break;
        case 3:
            d.scopes.clear();
            break;
        case 4:
            d.announced = {};
            break;
        case 5:
            d.effective = PartialDate::day(2018, 8, 1);
            break;
        case 6:
            d.effective = PartialDate::day(2019, 1, 1);
            d.ended = PartialDate::month(2018, 12);
            break;
        case 7:
            d.title = u"   "_s;
            break;
        case 8:
            d.title = QString(201, u'x');
            break;
        case 9:
            d.announced = PartialDate::day(2019, 2, 30);
            break;
        case 10:
            d.vendors = {u"Nobody Inc"_s};
            break;
        case 11:
            d.sources[0].url = u"javascript:alert(1)"_s;
            break;
        case 12:
            d.vendors = {u"Huawei"_s, u"huawei"_s};
            break;
        case 13:
            d.deadline = PartialDate::year(2017);
            break;
        }
        try {
            store->addDecision(d);
            QFAIL("an invalid decision was stored");
        } catch (const ValidationError &e) {
            QVERIFY2(hasField(e.errors(), field), qPrintable(e.message()));
        }
        QCOMPARE(store->decisionCount(), 0);
        QCOMPARE(store->auditLog(u"decision"_s).size(), 0);
    }

    void partialDatesOverlapGenerously() {
        // "Nov 2018" may well be on or after "15 Nov 2018".
        auto store = fresh();
        Decision d = sample();
        d.announced = PartialDate::day(2018, 11, 15);
        d.effective = PartialDate::month(2018, 11);
        QVERIFY(store->addDecision(d) > 0);
    }

    void vendors() {
        auto store = fresh();
        Vendor hisilicon;
        hisilicon.name = u"HiSilicon"_s;
        hisilicon.parent = u"huawei"_s;
        hisilicon.kind = VendorKind::Semiconductors;
        hisilicon.aliases = {u"Hisilicon Technologies"_s};
        const qint64 id = store->addVendor(hisilicon);
        const auto read = store->vendor(id);
        QCOMPARE(read->parent, u"Huawei"_s);
        QCOMPARE(store->findVendor(u"HISILICON TECHNOLOGIES").value().id, id);

        Vendor duplicate;
        duplicate.name = u"HUAWEI"_s;
        QVERIFY_THROWS_EXCEPTION(ValidationError, store->addVendor(duplicate));

        // No cycles: Huawei cannot become HiSilicon's child.
        Vendor huawei = *store->findVendor(u"Huawei");
        huawei.parent = u"HiSilicon"_s;
        QVERIFY_THROWS_EXCEPTION(ValidationError, store->updateVendor(huawei));
        QCOMPARE(store->findVendor(u"Huawei").value().parent, QString());

        // A vendor named by a decision cannot be deleted; others can.
        store->addDecision(sample());
        QVERIFY_THROWS_EXCEPTION(ValidationError,
                                 store->removeVendor(store->findVendor(u"ZTE").value().id));
        store->removeVendor(id);
        QVERIFY(!store->findVendor(u"HiSilicon"));
    }

    void auditLogRecordsEveryChange() {
        auto store = fresh();
        const qint64 id = store->addDecision(sample());
        Decision d = *store->decision(id);
        d.title = u"Edited title"_s;
        store->updateDecision(d);
        store->updateDecision(d); // no change, no entry
        store->removeDecision(id);

        const QList<AuditEntry> log = store->auditLog(u"decision"_s, QString::number(id));
        QCOMPARE(log.size(), 3);
        QCOMPARE(log[0].action, u"insert"_s);
        QVERIFY(log[0].oldValue.isEmpty());
        QCOMPARE(log[1].action, u"update"_s);
        const auto before = QJsonDocument::fromJson(log[1].oldValue.toUtf8()).object();
        const auto after = QJsonDocument::fromJson(log[1].newValue.toUtf8()).object();
        QCOMPARE(before[u"title"_s].toString(), sample().title);
        QCOMPARE(after[u"title"_s].toString(), u"Edited title"_s);
        QCOMPARE(log[2].action, u"delete"_s);
        QVERIFY(log[2].newValue.isEmpty());
        QVERIFY(log[2].at.isValid());
        QCOMPARE(store->auditLog(u"vendor"_s).size(), 2); // the two vendors of fresh()
    }

    // Two connections to one database (two analysts): the second writer, begun from the
    // version both read, is refused with what is stored now and who stored it, and nothing
    // of the first writer's is lost; begun again from what is stored, both changes stay.
    // A file has one writer (a second one is locked out): there, both are one store, the
    // second holding a copy read before the first wrote.
    // The server goes in the middle of a change: the store does not connect again inside
    // the transaction (its statements would go on, outside it, on a new connection); the
    // change fails whole, and afterwards the store connects again and nothing of it is
    // there.
    void aConnectionLostInsideAChangeIsNotResumed() {
        if (!testing::onServer())
            QSKIP("a file has no connection to lose; the server engine tests this");
        const QString address = m_databases.create(u"lostchange"_s, Seed::Bundled);
        const auto store = openDatabase(address, Seed::Bundled);
        const int before = store->decisionCount();
        QVERIFY(store->isConnected());
        testing::ServerAdministrator admin;
        const testing::DroppedWarnings driverNoise(testing::ServerAdministrator::driverNoise());
        Decision d = *store->decision(2);
        d.id = 0;
        bool refused = false;
        QVERIFY_THROWS_EXCEPTION(StoreError, store->transaction([&] {
            store->addDecision(d);
            admin.endConnectionsTo(parseServerAddress(address).database);
            QString why;
            refused = !store->reconnect(&why) && why.contains(u"during a change"_s);
            store->addDecision(d); // on the lost connection: fails
        }));
        QVERIFY(refused);
        QVERIFY(!store->isConnected());
        QString why;
        QVERIFY2(store->reconnect(&why), qPrintable(why));
        QVERIFY(store->isConnected());
        QCOMPARE(store->decisionCount(), before);
        QCOMPARE(openDatabase(address, Seed::Bundled)->decisionCount(), before);
    }

    void twoWritersConflict() {
        const QString address = m_databases.create(u"shared"_s);
        const auto firstStore = openDatabase(address, Seed::None);
        Store *first = firstStore.get();
        for (const QString &name : {u"Huawei"_s, u"ZTE"_s}) {
            Vendor v;
            v.name = name;
            first->addVendor(v);
        }
        const qint64 id = first->addDecision(sample());
        const auto secondStore =
            testing::onServer() ? openDatabase(address, Seed::None) : std::unique_ptr<Store>();
        Store *second = secondStore ? secondStore.get() : first;
        Decision mine = *first->decision(id);
        Decision yours = *second->decision(id);
        QCOMPARE(mine.version, 1);
        QCOMPARE(yours.version, 1);

        mine.title = u"Edited by the first"_s;
        QCOMPARE(first->updateDecision(mine), 2);
        yours.measure = Measure::Restriction;
        try {
            second->updateDecision(yours);
            QFAIL("a change begun from an older version was written");
        } catch (const ConflictError &e) {
            QVERIFY(e.theirs());
            QCOMPARE(e.theirs()->version, 2);
            QCOMPARE(e.theirs()->title, u"Edited by the first"_s);
            QCOMPARE(e.yours().measure, Measure::Restriction);
            QCOMPARE(e.yours().version, 1);
            QCOMPARE(e.by(), expectedUser() + u'@' + expectedHost());
            QVERIFY2(e.message().contains(u"version 2"_s), qPrintable(e.message()));
        }
        Decision stored = *second->decision(id);
        QCOMPARE(stored.title, u"Edited by the first"_s);
        QCOMPARE(stored.measure, Measure::Ban);
        QCOMPARE(stored.version, 2);

        // Saving exactly what is stored overwrites nothing: no conflict, no new version.
        Decision same = mine;
        same.version = 1;
        QCOMPARE(second->updateDecision(same), 2);

        // Begun again from what is stored: both changes are kept.
        stored.measure = Measure::Restriction;
        QCOMPARE(second->updateDecision(stored), 3);
        const Decision both = *first->decision(id);
        QCOMPARE(both.title, u"Edited by the first"_s);
        QCOMPARE(both.measure, Measure::Restriction);
        QCOMPARE(both.version, 3);

        // A delete begun from an older version is refused too, and deletes nothing.
        QVERIFY_THROWS_EXCEPTION(ConflictError, first->removeDecision(id, 2));
        QVERIFY(second->decision(id));
        second->removeDecision(id, 3);
        // A change to a decision deleted since: a conflict, with nothing of theirs.
        try {
            first->updateDecision(mine);
            QFAIL("a change to a deleted decision was written");
        } catch (const ConflictError &e) {
            QVERIFY(!e.theirs());
            QVERIFY2(e.message().contains(u"deleted"_s), qPrintable(e.message()));
        }
        QVERIFY(!first->decision(id));
        // Version 0 begins from whatever is stored (an import's update): never a conflict.
        const qint64 again = first->addDecision(sample());
        Decision any = *second->decision(again);
        any.title = u"Imported title"_s;
        any.version = 0;
        QCOMPARE(second->updateDecision(any), 2);
    }

    // Every change is recorded with who made it and from where; on a server as the server
    // saw it: the user the client sent is overwritten by the session's user.
    void auditRecordsWhoAndWhere() {
        auto store = fresh();
        const qint64 id = store->addDecision(sample());
        Decision d = *store->decision(id);
        d.title = u"Edited"_s;
        store->updateDecision(d);
        store->removeDecision(id);
        const QList<AuditEntry> log = store->auditLog(u"decision"_s, QString::number(id));
        QCOMPARE(log.size(), 3);
        for (const AuditEntry &e : log) {
            QCOMPARE(e.user, expectedUser());
            QCOMPARE(e.host, expectedHost());
        }
    }

    void transactionIsAllOrNothing() {
        auto store = fresh();
        Decision bad = sample();
        bad.country = u"QQ"_s;
        QVERIFY_THROWS_EXCEPTION(ValidationError, store->transaction([&] {
            store->addDecision(sample());
            store->addDecision(bad);
        }));
        QCOMPARE(store->decisionCount(), 0);
        // A failure caught inside still rolls the whole transaction back.
        QVERIFY_THROWS_EXCEPTION(StoreError, store->transaction([&] {
            store->addDecision(sample());
            try {
                store->transaction([&] { store->addDecision(bad); });
            } catch (const ValidationError &) {
            }
        }));
        QCOMPARE(store->decisionCount(), 0);
        // The store is whole after it: the next change is one transaction again (its
        // failure takes back its first write too), and a good change lands.
        QVERIFY_THROWS_EXCEPTION(ValidationError, store->transaction([&] {
            store->addDecision(sample());
            store->addDecision(bad);
        }));
        QCOMPARE(store->decisionCount(), 0);
        store->addDecision(sample());
        QCOMPARE(store->decisionCount(), 1);
    }

    void persistsAcrossReopen() {
        const QString path = m_databases.create(u"reopen"_s);
        qint64 id = 0;
        {
            Store store(path);
            QCOMPARE(store.wasCreated(), !testing::onServer()); // a server's: by team init
            Vendor hw;
            hw.name = u"Huawei"_s;
            store.addVendor(hw);
            Vendor zte;
            zte.name = u"ZTE"_s;
            store.addVendor(zte);
            id = store.addDecision(sample());
        }
        Store again(path);
        QVERIFY(!again.wasCreated());
        QCOMPARE(again.decision(id)->title, sample().title);
    }

    void newDatabaseIsSeeded() {
        const auto store = m_databases.fresh(u"seeded"_s, Seed::Bundled);
        QCOMPARE(store->decisionCount(), testing::bundledDecisionCount());
        const auto empty = m_databases.fresh(u"empty"_s);
        QCOMPARE(empty->decisionCount(), 0);
        QCOMPARE(empty->countries().size(), 251);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"

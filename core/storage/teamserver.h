#pragma once

#include "storage/serveraddress.h"
#include "storage/store.h"

#include <QString>

#include <functional>
#include <optional>

class QSqlDatabase;

namespace banatlas {

// A team database on a PostgreSQL server: setting one up (`banatlas team …`), all its SQL
// here in the storage layer (interchange/teamdatabase seeds what it copies).

struct TeamSetup {
    bool createdDatabase = false; // the server had no database of that name
    qint64 countries = 0;
    qint64 vendors = 0;
    qint64 decisions = 0;
    qint64 sources = 0;
};

// Makes the database at `address` a team database, first creating it when the server has
// none of that name (from its maintenance database "postgres", in UTF-8 with the locale
// C.UTF-8; the user needs the right to create databases): the schema
// (storage/pgschema), the team's roles and their rights, and what `from` holds: its
// reference data (governments and their groups) and, when `withDecisions`, its vendors and
// decisions. All in one transaction: on any failure the database is left as it was (a
// database just created stays, empty). Refuses a database that already holds tables, and
// one whose locale cannot fold every script's letters. Throws StoreError.
TeamSetup setUpTeamDatabase(const ServerAddress &address, Store &from, bool withDecisions,
                            const AskPassword &ask = {});

// Copies what `from` holds into the team database `to` (its schema made, its tables
// empty): every table, the identities continued after the largest id, the search
// documents built. Inside the caller's transaction. Throws StoreError.
TeamSetup copyToServer(Store &from, QSqlDatabase &to, bool withDecisions);

// Writes what the team database on `server` holds, as one snapshot of it, into the new
// file `target` (a local copy to take along, or what an import preview works on): every
// table but the schema version, the search index rebuilt, and in its meta where it came
// from (`copied_from`: `serverName`), which copy it is (`copy_id`, a UUID), when
// (`copied_at`, UTC), the last entry of the team's history it holds
// (`copied_through_audit`) and every decision's version (`copied_versions`), from which a
// return (interchange/copyreturn) tells the copy's changes from the team's. The file is written
// under a temporary name in the same folder and named `target` only when complete; an existing
// `target` is refused and left alone. Outside any transaction of `server`. Throws StoreError.
void copyServerToFile(QSqlDatabase &server, const QString &serverName, const QString &target);

// Brings the team database on `db` from schema `version` up to kPostgresSchemaVersion
// (storage/pgschema), one step per transaction, as a file is migrated. Only the owner of
// its tables can: anyone else is refused with what to do (`name`: the address shown).
// Throws StoreError, the database left at the last step that committed.
void upgradeTeamDatabase(QSqlDatabase &db, int version, const QString &name);

enum class TeamRole { Reader, Editor };

// Adds a user who logs in as `name` with `role`'s rights. The name is checked (lower-case
// letters, digits and '_', beginning with a letter, at most 63) and quoted as an
// identifier: a statement cannot take it as a parameter. The user's password is set on
// the server (psql's \password), never by BanAtlas. Throws StoreError.
void addTeamUser(const ServerAddress &address, const QString &name, TeamRole role,
                 const AskPassword &ask = {});

} // namespace banatlas

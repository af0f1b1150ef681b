#include "storage/pgschema.h"

using namespace Qt::StringLiterals;

namespace banatlas {

namespace {

// The combining marks other than those of Latin letters (U+0300 to U+036F), as ranges of a
// regular expression's class ("\u0900-\u0903…"), from Qt's Unicode tables.
QString otherMarks() {
    QString out;
    const auto isMark = [](char32_t c) {
        const QChar::Category k = QChar::category(c);
        return (k == QChar::Mark_NonSpacing || k == QChar::Mark_SpacingCombining ||
                k == QChar::Mark_Enclosing) &&
               (c < 0x300 || c > 0x36f);
    };
    const auto escaped = [](char32_t c) -> QString {
        return c <= 0xffff ? u"\\u%1"_s.arg(uint(c), 4, 16, QChar(u'0'))
                           : u"\\U%1"_s.arg(uint(c), 8, 16, QChar(u'0'));
    };
    for (char32_t c = 0; c <= 0x10ffff; ++c) {
        if (!isMark(c))
            continue;
        char32_t last = c;
        while (last < 0x10ffff && isMark(last + 1))
            ++last;
        out += escaped(c);
        if (last > c)
            out += u'-' + escaped(last);
        c = last;
    }
    return out;
}

// The tables at version 8, in the order a file's migrations made them
// (storage/migrations.cpp); later versions are steps (kStep9…), as on a file.
const QStringList kSchema8 = {
    // Text as the file's index reads it (FTS5's unicode61 with remove_diacritics 2):
    // diacritics taken off (decomposed, the combining marks of Latin letters dropped: "é"
    // is "e", "ø" stays), other combining marks and punctuation between words (FTS5's
    // words are letters and digits only: a Devanagari vowel sign ends one, an address is
    // its words), in lower case. Words are cut here, not by PostgreSQL's parser, which
    // reads "81582e91cdac" as a number and a word. tst_server compares both, decision by
    // decision, word by word.
    u"CREATE FUNCTION banatlas_fold(t TEXT) RETURNS TEXT LANGUAGE SQL IMMUTABLE "
    "PARALLEL SAFE AS $$ SELECT lower(regexp_replace(normalize(regexp_replace(normalize(t, "
    "NFD), '[\\u0300-\\u036f]', '', 'g'), NFC), '[[:punct:][:space:]"_s +
        otherMarks() + u"]+', ' ', 'g')) $$"_s,
    // A text's words with their positions (from 1), as a document holds them. A word of
    // more than 2,047 bytes is left out (a tsvector's limit).
    u"CREATE FUNCTION banatlas_words(t TEXT) RETURNS TSVECTOR LANGUAGE SQL IMMUTABLE "
    "PARALLEL SAFE AS $$ SELECT CAST(coalesce(string_agg('''' || w || ''':' || n, ' '), '') "
    "AS TSVECTOR) FROM (SELECT w, row_number() OVER (ORDER BY o) AS n FROM "
    "regexp_split_to_table(banatlas_fold(t), ' ') WITH ORDINALITY AS s(w, o) "
    "WHERE w <> '' AND octet_length(w) < 2048) x $$"_s,
    // A phrase of a search: its words as a document holds them, in order; one word, or a
    // beginning ("dron*"), matches anywhere; several match next to each other within one
    // part of a decision (title A, sources B, summary C), as FTS5's phrases do within one
    // column. The words come out of banatlas_words, which leaves no quote or backslash.
    u"CREATE FUNCTION banatlas_phrase_words(t TEXT) RETURNS TEXT[] LANGUAGE SQL IMMUTABLE "
    "PARALLEL SAFE AS $$ SELECT coalesce(array_agg(u.lexeme ORDER BY p), '{}') "
    "FROM unnest(banatlas_words(t)) u, unnest(u.positions) p $$"_s,
    u"CREATE FUNCTION banatlas_lexeme(w TEXT, weight TEXT, prefix BOOLEAN) RETURNS TEXT "
    "LANGUAGE SQL IMMUTABLE PARALLEL SAFE AS $$ SELECT '''' || w || '''' || CASE WHEN prefix "
    "OR weight <> '' THEN ':' || CASE WHEN prefix THEN '*' ELSE '' END || weight ELSE '' END $$"_s,
    u"CREATE FUNCTION banatlas_phrase(t TEXT, prefix BOOLEAN) RETURNS TSQUERY LANGUAGE SQL "
    "IMMUTABLE PARALLEL SAFE AS $$ SELECT CASE WHEN cardinality(w) = 0 THEN CAST(NULL AS tsquery) "
    "WHEN cardinality(w) = 1 THEN CAST(banatlas_lexeme(w[1], '', prefix) AS tsquery) "
    "ELSE (SELECT CAST(string_agg('(' || (SELECT string_agg(banatlas_lexeme(w[i], part, "
    "prefix AND i = cardinality(w)), ' <-> ' ORDER BY i) FROM generate_subscripts(w, 1) i) "
    "|| ')', ' | ') AS tsquery) FROM unnest(ARRAY['A', 'B', 'C']) part) END "
    "FROM (SELECT banatlas_phrase_words(t) AS w) x $$"_s,
    u"CREATE FUNCTION banatlas_query(t TEXT) RETURNS TSQUERY LANGUAGE SQL IMMUTABLE "
    "PARALLEL SAFE AS $$ SELECT banatlas_phrase(t, FALSE) $$"_s,
    // A text's length in words (FTS5's size of a column): counted in the text, since a
    // document keeps at most 256 positions of a word.
    u"CREATE FUNCTION banatlas_count(t TEXT) RETURNS INTEGER LANGUAGE SQL IMMUTABLE "
    "PARALLEL SAFE AS $$ SELECT CAST(count(*) AS INTEGER) FROM regexp_split_to_table("
    "banatlas_fold(t), ' ') AS w WHERE w <> '' AND octet_length(w) < 2048 $$"_s,
    u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
    u"INSERT INTO meta (key, value) VALUES ('schema_version', '8')"_s,
    u"CREATE TABLE countries ("
    " code TEXT PRIMARY KEY CHECK (length(code) = 2),"
    " alpha3 TEXT NOT NULL, numeric TEXT NOT NULL, name TEXT NOT NULL,"
    " region TEXT NOT NULL DEFAULT '', subregion TEXT NOT NULL DEFAULT '',"
    " aliases TEXT NOT NULL DEFAULT '', supranational INTEGER NOT NULL DEFAULT 0)"_s,
    u"CREATE TABLE vendors ("
    " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
    " name TEXT NOT NULL,"
    " home_country TEXT REFERENCES countries(code),"
    " kind TEXT NOT NULL,"
    " parent_id BIGINT REFERENCES vendors(id) ON DELETE SET NULL,"
    " notes TEXT NOT NULL DEFAULT '',"
    " name_key TEXT NOT NULL DEFAULT '')"_s,
    u"CREATE UNIQUE INDEX vendors_name ON vendors (lower(name COLLATE \"C\"))"_s,
    u"CREATE INDEX vendors_name_key ON vendors(name_key)"_s,
    u"CREATE TABLE decisions ("
    " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
    " country TEXT NOT NULL REFERENCES countries(code),"
    " measure TEXT NOT NULL CHECK (measure = 'ban' OR measure = 'restriction'"
    " OR measure = 'procurement_ban' OR measure = 'warning' OR measure = 'considering'"
    " OR measure = 'allowed' OR measure = 'reversal'),"
    " announced TEXT NOT NULL, effective TEXT, ended TEXT, deadline TEXT,"
    " title TEXT NOT NULL, summary TEXT NOT NULL DEFAULT '',"
    " legal_form TEXT, confidence TEXT NOT NULL,"
    " covers_subsidiaries INTEGER NOT NULL DEFAULT 0)"_s,
    u"CREATE TABLE decision_vendors ("
    " decision_id BIGINT NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,"
    " vendor_id BIGINT NOT NULL REFERENCES vendors(id) ON DELETE RESTRICT,"
    " position INTEGER NOT NULL,"
    " PRIMARY KEY (decision_id, vendor_id))"_s,
    u"CREATE INDEX decision_vendors_vendor ON decision_vendors(vendor_id)"_s,
    u"CREATE TABLE decision_scopes ("
    " decision_id BIGINT NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,"
    " scope TEXT NOT NULL, position INTEGER NOT NULL,"
    " PRIMARY KEY (decision_id, scope))"_s,
    u"CREATE TABLE sources ("
    " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
    " decision_id BIGINT NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL,"
    " title TEXT NOT NULL DEFAULT '', publisher TEXT NOT NULL DEFAULT '',"
    " url TEXT NOT NULL DEFAULT '', published TEXT, accessed TEXT,"
    " local_copy TEXT NOT NULL DEFAULT '', sha256 TEXT NOT NULL DEFAULT '')"_s,
    u"CREATE INDEX sources_decision ON sources(decision_id)"_s,
    u"CREATE TABLE country_groups (code TEXT PRIMARY KEY, name TEXT NOT NULL)"_s,
    u"CREATE TABLE group_members ("
    " group_code TEXT NOT NULL REFERENCES country_groups(code) ON DELETE CASCADE,"
    " country TEXT NOT NULL REFERENCES countries(code),"
    " joined TEXT NOT NULL, left_on TEXT,"
    " PRIMARY KEY (group_code, country, joined))"_s,
    u"CREATE TABLE vendor_aliases ("
    " vendor_id BIGINT NOT NULL REFERENCES vendors(id) ON DELETE CASCADE,"
    " alias TEXT NOT NULL, position INTEGER NOT NULL,"
    " alias_key TEXT NOT NULL DEFAULT '',"
    " PRIMARY KEY (vendor_id, alias))"_s,
    // A file's alias is COLLATE NOCASE, and so is its key: ASCII letters folded.
    u"CREATE UNIQUE INDEX vendor_aliases_nocase ON vendor_aliases "
    "(vendor_id, lower(alias COLLATE \"C\"))"_s,
    u"CREATE INDEX vendor_aliases_key ON vendor_aliases(alias_key)"_s,
    u"CREATE TABLE decision_facts ("
    " country TEXT NOT NULL, announced INTEGER NOT NULL,"
    " decision_id BIGINT NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,"
    " measure TEXT NOT NULL, effective INTEGER NOT NULL, ended INTEGER NOT NULL,"
    " deadline INTEGER NOT NULL, covers_subsidiaries INTEGER NOT NULL,"
    " vendor_ids TEXT NOT NULL,"
    " PRIMARY KEY (country, announced, decision_id))"_s,
    u"CREATE INDEX decision_facts_decision ON decision_facts(decision_id)"_s,
    u"CREATE TABLE audit_log ("
    " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
    " at TEXT NOT NULL,"
    " action TEXT NOT NULL CHECK (action = 'insert' OR action = 'update'"
    " OR action = 'delete' OR action = 'import'),"
    " entity TEXT NOT NULL, entity_id TEXT NOT NULL,"
    " old_value TEXT, new_value TEXT, import_id BIGINT)"_s,
    u"CREATE INDEX audit_log_entity ON audit_log(entity, entity_id)"_s,
    // Full-text search: a decision's words, weighted as the ranking weighs them
    // (title A, sources B, summary C), in a table the store keeps in step.
    u"CREATE TABLE decision_search ("
    " decision_id BIGINT PRIMARY KEY REFERENCES decisions(id) ON DELETE CASCADE,"
    " document TSVECTOR NOT NULL, size INTEGER NOT NULL)"_s,
    u"CREATE INDEX decision_search_document ON decision_search USING GIN (document)"_s,
    // The ranking: FTS5's bm25, as storage/searchrank.cpp computes it for a file. What a
    // query's every match shares (the average length, each phrase's IDF) is computed once
    // (banatlas_rank_figures); then each match's score (banatlas_rank), negative, best
    // lowest, in the same operations in double precision.
    u"CREATE TYPE banatlas_figures AS (average FLOAT8, idf FLOAT8[], words TEXT[], "
    "starts INTEGER[], prefixes BOOLEAN[])"_s,
    u"CREATE FUNCTION banatlas_rank_figures(phrases JSON) RETURNS banatlas_figures "
    "LANGUAGE plpgsql STABLE AS $$ DECLARE f banatlas_figures; n FLOAT8; tokens FLOAT8; "
    "hits FLOAT8; idf FLOAT8; w TEXT[]; p JSON; BEGIN "
    "SELECT count(*), coalesce(sum(size), 0) INTO n, tokens FROM decision_search; "
    "f.average := CASE WHEN n = 0 THEN 1.0 ELSE tokens / n END; f.idf := '{}'; f.words := '{}'; "
    "f.starts := '{1}'; "
    "f.prefixes := '{}'; "
    "FOR p IN SELECT value FROM json_array_elements(phrases) LOOP "
    "SELECT count(*) INTO hits FROM decision_search "
    "WHERE document @@ banatlas_phrase(p->>0, CAST(p->>1 AS BOOLEAN)); "
    "idf := ln((n - hits + 0.5) / (hits + 0.5)); IF idf <= 0.0 THEN idf := 1e-6; END IF; "
    "w := banatlas_phrase_words(p->>0); f.idf := f.idf || idf; f.words := f.words || w; "
    "f.starts := f.starts || (cardinality(f.words) + 1); "
    "f.prefixes := f.prefixes || CAST(p->>1 AS BOOLEAN); END LOOP; RETURN f; END $$"_s,
    // How often phrase `i` of `f` is in `d`, each time weighed by the part it is in.
    u"CREATE FUNCTION banatlas_frequency(d TSVECTOR, f banatlas_figures, i INTEGER, "
    "title FLOAT8, summary FLOAT8, sources FLOAT8) RETURNS FLOAT8 LANGUAGE SQL IMMUTABLE "
    "AS $$ WITH o AS (SELECT u.lexeme, p.pos, p.w FROM unnest(d) u, "
    "unnest(u.positions, u.weights) p(pos, w)) "
    "SELECT coalesce(sum(CASE a.w WHEN 'A' THEN title WHEN 'B' THEN sources ELSE summary "
    "END), 0) FROM o a WHERE (a.lexeme = f.words[f.starts[i]] OR (f.prefixes[i] AND "
    "f.starts[i] + 1 = f.starts[i + 1] AND starts_with(a.lexeme, f.words[f.starts[i]]))) "
    "AND NOT EXISTS (SELECT 1 FROM generate_series(f.starts[i] + 1, f.starts[i + 1] - 1) j "
    "WHERE NOT EXISTS (SELECT 1 FROM o b WHERE b.pos = a.pos + (j - f.starts[i]) "
    "AND b.w = a.w AND (b.lexeme = f.words[j] OR (f.prefixes[i] AND j = f.starts[i + 1] - 1 "
    "AND starts_with(b.lexeme, f.words[j]))))) $$"_s,
    u"CREATE FUNCTION banatlas_rank(d TSVECTOR, size INTEGER, f banatlas_figures, "
    "title FLOAT8, summary FLOAT8, sources FLOAT8) RETURNS FLOAT8 LANGUAGE plpgsql IMMUTABLE "
    "AS $$ DECLARE k1 FLOAT8 := 1.2; b FLOAT8 := 0.75; score FLOAT8 := 0.0; "
    "freq FLOAT8; BEGIN FOR i IN 1 .. coalesce(cardinality(f.idf), 0) LOOP "
    "freq := banatlas_frequency(d, f, i, title, summary, sources); "
    "score := score + f.idf[i] * ((freq * (k1 + 1.0)) / (freq + k1 * (1 - b + b * size / "
    "f.average))); END LOOP; RETURN -1.0 * score; END $$"_s,
};

// 9: a file's step 9 (a decision's version; who changed what, and from where), and the
// audit log's user and host written by the server itself, whatever a client sends: the
// user who logged in, the address the connection came from ("local": this machine's
// socket). An editor cannot change the triggers (the owner's) nor rewrite the log.
const QStringList kStep9 = {
    u"ALTER TABLE decisions ADD COLUMN version INTEGER NOT NULL DEFAULT 1"_s,
    u"ALTER TABLE audit_log ADD COLUMN user_name TEXT NOT NULL DEFAULT ''"_s,
    u"ALTER TABLE audit_log ADD COLUMN client_host TEXT NOT NULL DEFAULT ''"_s,
    u"CREATE FUNCTION banatlas_audit_who() RETURNS TRIGGER LANGUAGE plpgsql AS $$ BEGIN "
    "NEW.user_name := session_user; NEW.client_host := coalesce(host(inet_client_addr()), "
    "'local'); RETURN NEW; END $$"_s,
    u"CREATE TRIGGER audit_log_who BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION "
    "banatlas_audit_who()"_s,
    // Every change is announced to the other connections when it commits (Store::
    // watchChanges), with the backend that made it: "4711 decision 12", "4711 vendor 3";
    // an import once, as "4711 file <name>", not for each of its rows.
    u"CREATE FUNCTION banatlas_announce() RETURNS TRIGGER LANGUAGE plpgsql AS $$ BEGIN "
    "IF NEW.import_id IS NULL THEN PERFORM pg_notify('banatlas_changes', "
    "pg_backend_pid() || ' ' || NEW.entity || ' ' || NEW.entity_id); END IF; "
    "RETURN NULL; END $$"_s,
    u"CREATE TRIGGER audit_log_announce AFTER INSERT ON audit_log FOR EACH ROW EXECUTE "
    "FUNCTION banatlas_announce()"_s,
    u"UPDATE meta SET value = '9' WHERE key = 'schema_version'"_s,
};

} // namespace

QStringList postgresSchema() {
    QStringList out = kSchema8;
    for (int version = 9; version <= kPostgresSchemaVersion; ++version)
        out += postgresStepTo(version);
    return out;
}

QStringList postgresStepTo(int version) {
    static const QStringList *steps[] = {&kStep9};
    if (version < 9 || version > kPostgresSchemaVersion)
        return {};
    return *steps[version - 9];
}

// A decision's words as the file's index folds them (banatlas_words), weighted as its
// ranking weighs them: title A, sources B (in the order of their ids, as the file's view
// joins them), summary C.
QString postgresSearchDocumentsOf(const QString &where) {
    return u"SELECT d.id, "
           "setweight(banatlas_words(d.title), 'A') || setweight(banatlas_words(x.sources), "
           "'B') || setweight(banatlas_words(d.summary), 'C') AS document, "
           "banatlas_count(d.title) + banatlas_count(x.sources) + banatlas_count(d.summary) "
           "AS size FROM decisions d CROSS JOIN LATERAL (SELECT coalesce((SELECT "
           "string_agg(s.title || ' ' || s.publisher || ' ' || s.url, ' ' ORDER BY s.id) "
           "FROM sources s WHERE s.decision_id = d.id), '') AS sources) x WHERE "_s +
           where;
}

QString postgresSearchDocuments(const QString &where) {
    return u"INSERT INTO decision_search (decision_id, document, size) "_s +
           postgresSearchDocumentsOf(where);
}

QStringList postgresRoles() {
    QStringList out;
    for (const QString &role : {u"banatlas_reader"_s, u"banatlas_editor"_s}) {
        out.append(u"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') "
                   "THEN CREATE ROLE %1 NOLOGIN; END IF; END $$"_s.arg(role));
    }
    out += {
        u"GRANT banatlas_reader TO banatlas_editor"_s,
        // Nobody but the owner makes objects here (before PostgreSQL 15 everyone could).
        u"REVOKE CREATE ON SCHEMA public FROM PUBLIC"_s,
        u"GRANT USAGE ON SCHEMA public TO banatlas_reader"_s,
        u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO banatlas_reader"_s,
        u"GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO banatlas_editor"_s,
        // Tables a later version adds get the same rights.
        u"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO "
        "banatlas_reader"_s,
        u"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT INSERT, UPDATE, DELETE ON TABLES TO "
        "banatlas_editor"_s,
        // What only the owner may change: the version and the reference data; and the
        // audit log is added to, never rewritten.
        u"REVOKE INSERT, UPDATE, DELETE ON meta, countries, country_groups, group_members "
        "FROM banatlas_editor"_s,
        u"REVOKE UPDATE, DELETE ON audit_log FROM banatlas_editor"_s,
        // New rows' ids come from the tables' identities.
        u"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO banatlas_editor"_s,
        u"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES "
        "TO banatlas_editor"_s,
    };
    return out;
}

} // namespace banatlas

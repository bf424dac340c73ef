/*
 * floor: the least CPU SQLite needs to store the rows of a Hearsay import (issue 14).
 *
 * Usage: floor SOURCE.db EMPTY.db [ARTICLES_PER_TRANSACTION]
 *
 * SOURCE.db is a database Hearsay imported; EMPTY.db is a database Hearsay created and migrated
 * but holds no article, so the schema (tables, indexes, triggers, full-text indexes and their
 * settings) is exactly Hearsay's. The program reads every row an import stores from SOURCE
 * into memory, untimed, then stores them into EMPTY with the connection settings Hearsay's
 * writer uses, 128 articles a transaction: each transaction holds the rows its articles need
 * (the entities, link evidence and claim groups they first refer to, the articles and their text keys, speakers,
 * quotes, claims, claim mentions, claim keys and links), one prepared INSERT a table, values
 * bound from memory, and the full-text rows just before COMMIT. Nothing is decided, parsed or
 * looked up: what is left is what any program storing these rows must pay.
 *
 * Prints one line: "floor ARTICLES ROWS CPU_SECONDS WALL_SECONDS" (CPU = user + system of the
 * storing phase only).
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <time.h>

/* One table's rows, each tagged with the transaction that stores it, in (batch, id) order. */
struct rows {
    const char *table;
    int columns;
    long count;
    long next;
    int *batch;
    sqlite3_value **values; /* count * columns */
    sqlite3_stmt *insert;
};

static void fail(sqlite3 *db, const char *what) {
    fprintf(stderr, "floor: %s: %s\n", what, db ? sqlite3_errmsg(db) : "");
    exit(1);
}

static void run(sqlite3 *db, const char *sql) {
    char *message = NULL;
    if (sqlite3_exec(db, sql, NULL, NULL, &message) != SQLITE_OK) {
        fprintf(stderr, "floor: %s: %s\n", sql, message ? message : "");
        exit(1);
    }
}

/* Reads `select`, whose first column is the batch and the rest the row to insert. */
static void load(sqlite3 *src, struct rows *r, const char *table, const char *select, const char *insert) {
    sqlite3_stmt *stmt;
    if (sqlite3_prepare_v2(src, select, -1, &stmt, NULL) != SQLITE_OK) fail(src, select);
    r->table = table;
    r->columns = sqlite3_column_count(stmt) - 1;
    r->count = 0;
    r->next = 0;
    long capacity = 1024;
    r->batch = malloc(sizeof(int) * capacity);
    r->values = malloc(sizeof(sqlite3_value *) * capacity * r->columns);
    int code;
    while ((code = sqlite3_step(stmt)) == SQLITE_ROW) {
        if (r->count == capacity) {
            capacity *= 2;
            r->batch = realloc(r->batch, sizeof(int) * capacity);
            r->values = realloc(r->values, sizeof(sqlite3_value *) * capacity * r->columns);
        }
        r->batch[r->count] = sqlite3_column_int(stmt, 0);
        for (int c = 0; c < r->columns; c++)
            r->values[r->count * r->columns + c] = sqlite3_value_dup(sqlite3_column_value(stmt, c + 1));
        r->count++;
    }
    if (code != SQLITE_DONE) fail(src, select);
    sqlite3_finalize(stmt);
    r->insert = (sqlite3_stmt *)insert; /* the SQL, prepared on the destination later */
}

static double cpu_seconds(void) {
    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 + usage.ru_stime.tv_sec +
           usage.ru_stime.tv_usec / 1e6;
}

static double wall_seconds(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return now.tv_sec + now.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: floor SOURCE.db EMPTY.db [ARTICLES_PER_TRANSACTION]\n");
        return 64;
    }
    int per = argc > 3 ? atoi(argv[3]) : 128;
    if (per < 1) per = 128;
    sqlite3 *src, *dst;
    if (sqlite3_open_v2(argv[1], &src, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) fail(src, argv[1]);
    if (sqlite3_open_v2(argv[2], &dst, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) fail(dst, argv[2]);

    /* The transaction of each article, and the first transaction that needs each entity,
       piece of evidence and claim group. */
    char sql[4096];
    snprintf(sql, sizeof sql,
             "CREATE TEMP TABLE ab AS SELECT id, (row_number() OVER (ORDER BY id) - 1) / %d AS b FROM articles",
             per);
    run(src, sql);
    run(src, "CREATE UNIQUE INDEX temp.ab_id ON ab(id)");
    run(src,
        "CREATE TEMP TABLE eb AS SELECT e, min(b) AS b FROM ("
        " SELECT s.entity_id AS e, ab.b FROM article_speakers s JOIN ab ON ab.id = s.article_id"
        " UNION ALL SELECT q.speaker_id, ab.b FROM quotes q JOIN ab ON ab.id = q.article_id"
        " UNION ALL SELECT c.claimant_id, ab.b FROM claims c JOIN ab ON ab.id = c.article_id"
        " UNION ALL SELECT m.entity_id, ab.b FROM claim_mentions m JOIN claims c ON c.id = m.claim_id"
        "   JOIN ab ON ab.id = c.article_id) WHERE e IS NOT NULL GROUP BY e");
    run(src, "CREATE UNIQUE INDEX temp.eb_e ON eb(e)");
    run(src, "CREATE TEMP TABLE cb AS SELECT c.id, ab.b FROM claims c JOIN ab ON ab.id = c.article_id");
    run(src, "CREATE UNIQUE INDEX temp.cb_id ON cb(id)");

    struct rows tables[16];
    int n = 0;
    /* Tables in an order that satisfies the foreign keys within a transaction. */
    load(src, &tables[n++], "entities",
         "SELECT coalesce(eb.b, 0), e.* FROM entities e LEFT JOIN eb ON eb.e = e.id ORDER BY 1, e.id",
         "INSERT INTO entities VALUES");
    load(src, &tables[n++], "link_evidence",
         "SELECT coalesce((SELECT min(ab.b) FROM article_speakers s JOIN ab ON ab.id = s.article_id"
         " WHERE s.evidence_id = l.id), 0), l.* FROM link_evidence l ORDER BY 1, l.id",
         "INSERT INTO link_evidence VALUES");
    load(src, &tables[n++], "claim_groups",
         "SELECT coalesce((SELECT min(cb.b) FROM claims c JOIN cb ON cb.id = c.id WHERE c.group_id = g.id), 0), g.*"
         " FROM claim_groups g ORDER BY 1, g.id",
         "INSERT INTO claim_groups VALUES");
    int article_table = n;
    load(src, &tables[n++], "articles",
         "SELECT ab.b, a.* FROM articles a JOIN ab ON ab.id = a.id ORDER BY a.id", "INSERT INTO articles VALUES");
    load(src, &tables[n++], "article_text_keys",
         "SELECT ab.b, k.* FROM article_text_keys k JOIN ab ON ab.id = k.article_id ORDER BY 1, k.article_id",
         "INSERT INTO article_text_keys VALUES");
    load(src, &tables[n++], "entity_aliases",
         "SELECT max(coalesce(eb.b, 0), coalesce(ab.b, 0)), x.* FROM entity_aliases x LEFT JOIN eb ON eb.e = x.entity_id"
         " LEFT JOIN ab ON ab.id = x.article_id ORDER BY 1, x.id",
         "INSERT INTO entity_aliases VALUES");
    load(src, &tables[n++], "entity_roles",
         "SELECT max(coalesce(eb.b, 0), coalesce(ob.b, 0), coalesce(ab.b, 0)), x.* FROM entity_roles x"
         " LEFT JOIN eb ON eb.e = x.entity_id LEFT JOIN eb ob ON ob.e = x.organisation_id"
         " LEFT JOIN ab ON ab.id = x.article_id ORDER BY 1, x.id",
         "INSERT INTO entity_roles VALUES");
    load(src, &tables[n++], "article_speakers",
         "SELECT ab.b, s.* FROM article_speakers s JOIN ab ON ab.id = s.article_id ORDER BY 1, s.article_id, s.position",
         "INSERT INTO article_speakers VALUES");
    load(src, &tables[n++], "quotes",
         "SELECT ab.b, q.* FROM quotes q JOIN ab ON ab.id = q.article_id ORDER BY 1, q.id",
         "INSERT INTO quotes VALUES");
    load(src, &tables[n++], "claims",
         "SELECT ab.b, c.* FROM claims c JOIN ab ON ab.id = c.article_id ORDER BY 1, c.id",
         "INSERT INTO claims VALUES");
    load(src, &tables[n++], "claim_mentions",
         "SELECT cb.b, m.* FROM claim_mentions m JOIN cb ON cb.id = m.claim_id ORDER BY 1, m.claim_id, m.entity_id",
         "INSERT INTO claim_mentions VALUES");
    load(src, &tables[n++], "claim_keys",
         "SELECT ab.b, k.* FROM claim_keys k JOIN ab ON ab.id = k.article_id ORDER BY 1, k.claim_id, k.key",
         "INSERT INTO claim_keys VALUES");
    load(src, &tables[n++], "claim_links",
         "SELECT max(x.b, y.b), l.* FROM claim_links l JOIN cb x ON x.id = l.a JOIN cb y ON y.id = l.b"
         " ORDER BY 1, max(l.a, l.b), l.a",
         "INSERT INTO claim_links VALUES");
    load(src, &tables[n++], "quotes_fts",
         "SELECT ab.b, t.id, t.text FROM quote_texts t JOIN ab ON ab.id = t.article_id ORDER BY 1, t.id",
         "INSERT INTO quotes_fts(rowid, text) VALUES");
    load(src, &tables[n++], "claims_fts",
         "SELECT ab.b, t.id, t.text FROM claim_texts t JOIN ab ON ab.id = t.article_id ORDER BY 1, t.id",
         "INSERT INTO claims_fts(rowid, text) VALUES");
    long articles = tables[article_table].count;
    long total = 0;
    for (int t = 0; t < n; t++) total += tables[t].count;
    int batches = (int)((articles + per - 1) / per);

    /* Hearsay's connection settings (SQLiteLayer Database.init and Store.writer). The file is
       already in WAL mode, which is kept in the file. */
    sqlite3_busy_timeout(dst, 5000);
    run(dst, "PRAGMA foreign_keys = ON");
    run(dst, "PRAGMA synchronous = NORMAL");
    run(dst, "PRAGMA cache_size = -65536");
    for (int t = 0; t < n; t++) {
        char insert[512];
        int used = snprintf(insert, sizeof insert, "%s (", (const char *)tables[t].insert);
        for (int c = 0; c < tables[t].columns; c++) used += snprintf(insert + used, sizeof insert - used, c ? ", ?" : "?");
        snprintf(insert + used, sizeof insert - used, ")");
        if (sqlite3_prepare_v3(dst, insert, -1, SQLITE_PREPARE_PERSISTENT, &tables[t].insert, NULL) != SQLITE_OK)
            fail(dst, insert);
    }

    double cpu0 = cpu_seconds(), wall0 = wall_seconds();
    for (int b = 0; b < batches; b++) {
        run(dst, "BEGIN IMMEDIATE");
        for (int t = 0; t < n; t++) {
            struct rows *r = &tables[t];
            /* Rows no article refers to (none in a fresh import) go with the first batch. */
            while (r->next < r->count && r->batch[r->next] <= b) {
                sqlite3_value **row = &r->values[r->next * r->columns];
                for (int c = 0; c < r->columns; c++) sqlite3_bind_value(r->insert, c + 1, row[c]);
                if (sqlite3_step(r->insert) != SQLITE_DONE) fail(dst, r->table);
                sqlite3_reset(r->insert);
                r->next++;
            }
        }
        run(dst, "COMMIT");
    }
    double cpu = cpu_seconds() - cpu0, wall = wall_seconds() - wall0;
    printf("floor %ld %ld %.4f %.4f\n", articles, total, cpu, wall);
    for (int t = 0; t < n; t++) sqlite3_finalize(tables[t].insert);
    sqlite3_close(dst);
    sqlite3_close(src);
    return 0;
}

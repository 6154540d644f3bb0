-- The project record, the metric packs it has used, and its append-only, hash-chained activity log.

CREATE TABLE metric_pack (
    fingerprint    VARCHAR(64)  NOT NULL PRIMARY KEY,
    pack_id        VARCHAR(200) NOT NULL,
    pack_version   VARCHAR(100) NOT NULL,
    canonical_json CHARACTER LARGE OBJECT NOT NULL,
    installed_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Exactly one row: the project this store holds.
CREATE TABLE project (
    id               INTEGER      NOT NULL PRIMARY KEY CHECK (id = 1),
    name             VARCHAR(300) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    pack_fingerprint VARCHAR(64)  NOT NULL REFERENCES metric_pack (fingerprint)
);

-- "at" holds epoch milliseconds so the value that was hashed reads back exactly.
CREATE TABLE activity_log (
    seq              BIGINT        NOT NULL PRIMARY KEY CHECK (seq >= 1),
    at               BIGINT        NOT NULL,
    action           VARCHAR(100)  NOT NULL,
    summary          VARCHAR(2000) NOT NULL,
    detail_json      CHARACTER LARGE OBJECT NOT NULL,
    pack_fingerprint VARCHAR(64)   NOT NULL REFERENCES metric_pack (fingerprint),
    previous_hash    VARCHAR(64)   NOT NULL,
    hash             VARCHAR(64)   NOT NULL UNIQUE
);

CREATE TRIGGER activity_log_append_only BEFORE UPDATE, DELETE ON activity_log
    FOR EACH ROW CALL 'org.ddworkbench.store.AppendOnlyTrigger';

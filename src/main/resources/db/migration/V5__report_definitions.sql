-- Saved report definitions: what to show, never data. The JSON holds dimensions, measures and thresholds.
CREATE TABLE report_definition (
    name            VARCHAR(300) NOT NULL PRIMARY KEY,
    definition_json CHARACTER LARGE OBJECT NOT NULL,
    saved_at        BIGINT       NOT NULL
);

-- Keep values up to 64 KiB inside their row instead of in H2's separate LOB storage: a finding's evidence
-- (at most 200 cells) and most worker chunks are then written and read with their row, without a LOB per value.
SET MAX_LENGTH_INPLACE_LOB 65536;

-- The finding rows now carry their evidence, so the frequent narrow reads get indexes holding every column
-- they read, and the store answers them from the index alone: counts of open findings and report measures,
-- and the user's false positives.
CREATE INDEX finding_counts ON finding (status, review, supplier_id, severity, indicators, period);
CREATE INDEX finding_review ON finding (review, supplier_id, finding_key);
DROP INDEX finding_status;

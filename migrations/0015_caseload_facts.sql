-- The caseload's per-person facts and headline counts, kept current by triggers in the same
-- transaction as every change (the app's stores, the importer and anything else that writes),
-- so the caseload reads them instead of evaluating correlated subqueries for every person on
-- every request.
--
-- `caseload_facts` has one row per person; each trigger recomputes only the columns its table
-- feeds, for the person it touched, from the source rows (so a fact is always what a fresh query
-- would say). `caseload_counts` holds the headline counts, adjusted by the difference each facts
-- row makes. A migration that rebuilds one of the source tables drops its triggers: it must
-- create them again (the tests compare the maintained facts with a fresh computation).

CREATE TABLE caseload_facts (
    individual_id INTEGER PRIMARY KEY,
    status TEXT NOT NULL,
    active_links INTEGER NOT NULL DEFAULT 0,
    interim_links INTEGER NOT NULL DEFAULT 0,
    -- The latest Star or NDT date, '' when there is none (so "none in three months" is one comparison).
    last_assessed_on TEXT NOT NULL DEFAULT '',
    -- The first Star's date, and whether a Star lies in its 12-month follow-up window (+273 to +456 days).
    star_baseline TEXT,
    follow_up_done INTEGER NOT NULL DEFAULT 0,
    has_coordination_consent INTEGER NOT NULL DEFAULT 0,
    no_trusted_person INTEGER GENERATED ALWAYS AS (status != 'closed' AND active_links = interim_links) STORED,
    interim_only INTEGER GENERATED ALWAYS AS (interim_links > 0 AND active_links = interim_links) STORED,
    without_coordination_consent INTEGER GENERATED ALWAYS AS (status != 'closed' AND has_coordination_consent = 0) STORED
);
CREATE INDEX caseload_facts_no_trusted_person ON caseload_facts (no_trusted_person);
CREATE INDEX caseload_facts_interim_only ON caseload_facts (interim_only);
CREATE INDEX caseload_facts_last_assessed ON caseload_facts (status, last_assessed_on);
CREATE INDEX caseload_facts_follow_up ON caseload_facts (status, follow_up_done, star_baseline);
CREATE INDEX caseload_facts_without_consent ON caseload_facts (without_coordination_consent);

CREATE TABLE caseload_counts (
    name TEXT PRIMARY KEY,
    n INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO caseload_counts (name, n) VALUES ('everyone', 0), ('referred', 0), ('open', 0), ('closed', 0),
    ('no_trusted_person', 0), ('interim_only', 0), ('without_coordination_consent', 0);

-- Sorts and filters the caseload offers, each served by an index.
CREATE INDEX individuals_district_name ON individuals (district, preferred_name COLLATE NOCASE, id);
CREATE INDEX individuals_status_recent ON individuals (status, updated_at DESC, id DESC);
CREATE INDEX individuals_district_recent ON individuals (district, updated_at DESC, id DESC);
CREATE INDEX consents_individual_kind ON consents (individual_id, recipient_kind);

-- Counts follow the facts.
CREATE TRIGGER caseload_counts_insert AFTER INSERT ON caseload_facts BEGIN
    UPDATE caseload_counts SET n = n + CASE name WHEN 'everyone' THEN 1
        WHEN 'referred' THEN NEW.status = 'referred' WHEN 'open' THEN NEW.status = 'open' WHEN 'closed' THEN NEW.status = 'closed'
        WHEN 'no_trusted_person' THEN NEW.no_trusted_person WHEN 'interim_only' THEN NEW.interim_only
        WHEN 'without_coordination_consent' THEN NEW.without_coordination_consent END;
END;
CREATE TRIGGER caseload_counts_delete AFTER DELETE ON caseload_facts BEGIN
    UPDATE caseload_counts SET n = n - CASE name WHEN 'everyone' THEN 1
        WHEN 'referred' THEN OLD.status = 'referred' WHEN 'open' THEN OLD.status = 'open' WHEN 'closed' THEN OLD.status = 'closed'
        WHEN 'no_trusted_person' THEN OLD.no_trusted_person WHEN 'interim_only' THEN OLD.interim_only
        WHEN 'without_coordination_consent' THEN OLD.without_coordination_consent END;
END;
CREATE TRIGGER caseload_counts_update AFTER UPDATE ON caseload_facts BEGIN
    UPDATE caseload_counts SET n = n + CASE name WHEN 'everyone' THEN 0
        WHEN 'referred' THEN (NEW.status = 'referred') - (OLD.status = 'referred')
        WHEN 'open' THEN (NEW.status = 'open') - (OLD.status = 'open')
        WHEN 'closed' THEN (NEW.status = 'closed') - (OLD.status = 'closed')
        WHEN 'no_trusted_person' THEN NEW.no_trusted_person - OLD.no_trusted_person
        WHEN 'interim_only' THEN NEW.interim_only - OLD.interim_only
        WHEN 'without_coordination_consent' THEN NEW.without_coordination_consent - OLD.without_coordination_consent END;
END;

-- People.
CREATE TRIGGER caseload_facts_person_insert AFTER INSERT ON individuals BEGIN
    INSERT INTO caseload_facts (individual_id, status) VALUES (NEW.id, NEW.status);
    UPDATE caseload_facts SET
        active_links = (SELECT count(*) FROM trust_links l WHERE l.individual_id = NEW.id AND l.status = 'active'),
        interim_links = (SELECT count(*) FROM trust_links l WHERE l.individual_id = NEW.id AND l.status = 'active' AND l.role = 'interim'),
        last_assessed_on = max(coalesce((SELECT max(assessed_on) FROM star_readings WHERE individual_id = NEW.id), ''),
            coalesce((SELECT max(assessed_on) FROM ndt_assessments WHERE individual_id = NEW.id), '')),
        star_baseline = (SELECT min(assessed_on) FROM star_readings WHERE individual_id = NEW.id),
        follow_up_done = EXISTS (SELECT 1 FROM star_readings s, (SELECT min(assessed_on) AS b FROM star_readings WHERE individual_id = NEW.id) m
            WHERE s.individual_id = NEW.id AND s.assessed_on BETWEEN date(m.b, '+273 days') AND date(m.b, '+456 days')),
        has_coordination_consent = EXISTS (SELECT 1 FROM consents k WHERE k.individual_id = NEW.id AND k.recipient_kind = 'coordination-team')
    WHERE individual_id = NEW.id;
END;
CREATE TRIGGER caseload_facts_person_status AFTER UPDATE OF status ON individuals BEGIN
    UPDATE caseload_facts SET status = NEW.status WHERE individual_id = NEW.id;
END;
CREATE TRIGGER caseload_facts_person_delete AFTER DELETE ON individuals BEGIN
    DELETE FROM caseload_facts WHERE individual_id = OLD.id;
END;

-- Trust links: active and interim counts.
CREATE TRIGGER caseload_facts_link_insert AFTER INSERT ON trust_links BEGIN
    UPDATE caseload_facts SET
        active_links = (SELECT count(*) FROM trust_links l WHERE l.individual_id = NEW.individual_id AND l.status = 'active'),
        interim_links = (SELECT count(*) FROM trust_links l WHERE l.individual_id = NEW.individual_id AND l.status = 'active' AND l.role = 'interim')
    WHERE individual_id = NEW.individual_id;
END;
CREATE TRIGGER caseload_facts_link_update AFTER UPDATE OF individual_id, status, role ON trust_links BEGIN
    UPDATE caseload_facts SET
        active_links = (SELECT count(*) FROM trust_links l WHERE l.individual_id = caseload_facts.individual_id AND l.status = 'active'),
        interim_links = (SELECT count(*) FROM trust_links l WHERE l.individual_id = caseload_facts.individual_id AND l.status = 'active' AND l.role = 'interim')
    WHERE individual_id IN (OLD.individual_id, NEW.individual_id);
END;
CREATE TRIGGER caseload_facts_link_delete AFTER DELETE ON trust_links BEGIN
    UPDATE caseload_facts SET
        active_links = (SELECT count(*) FROM trust_links l WHERE l.individual_id = OLD.individual_id AND l.status = 'active'),
        interim_links = (SELECT count(*) FROM trust_links l WHERE l.individual_id = OLD.individual_id AND l.status = 'active' AND l.role = 'interim')
    WHERE individual_id = OLD.individual_id;
END;

-- Stars: latest assessment, baseline and follow-up.
CREATE TRIGGER caseload_facts_star_insert AFTER INSERT ON star_readings BEGIN
    UPDATE caseload_facts SET
        last_assessed_on = max(last_assessed_on, NEW.assessed_on),
        star_baseline = (SELECT min(assessed_on) FROM star_readings WHERE individual_id = NEW.individual_id),
        follow_up_done = EXISTS (SELECT 1 FROM star_readings s, (SELECT min(assessed_on) AS b FROM star_readings WHERE individual_id = NEW.individual_id) m
            WHERE s.individual_id = NEW.individual_id AND s.assessed_on BETWEEN date(m.b, '+273 days') AND date(m.b, '+456 days'))
    WHERE individual_id = NEW.individual_id;
END;
CREATE TRIGGER caseload_facts_star_change AFTER UPDATE OF individual_id, assessed_on ON star_readings BEGIN
    UPDATE caseload_facts SET
        last_assessed_on = max(coalesce((SELECT max(assessed_on) FROM star_readings WHERE individual_id = caseload_facts.individual_id), ''),
            coalesce((SELECT max(assessed_on) FROM ndt_assessments WHERE individual_id = caseload_facts.individual_id), '')),
        star_baseline = (SELECT min(assessed_on) FROM star_readings WHERE individual_id = caseload_facts.individual_id),
        follow_up_done = EXISTS (SELECT 1 FROM star_readings s,
                (SELECT min(assessed_on) AS b FROM star_readings WHERE individual_id = caseload_facts.individual_id) m
            WHERE s.individual_id = caseload_facts.individual_id AND s.assessed_on BETWEEN date(m.b, '+273 days') AND date(m.b, '+456 days'))
    WHERE individual_id IN (OLD.individual_id, NEW.individual_id);
END;
CREATE TRIGGER caseload_facts_star_delete AFTER DELETE ON star_readings BEGIN
    UPDATE caseload_facts SET
        last_assessed_on = max(coalesce((SELECT max(assessed_on) FROM star_readings WHERE individual_id = OLD.individual_id), ''),
            coalesce((SELECT max(assessed_on) FROM ndt_assessments WHERE individual_id = OLD.individual_id), '')),
        star_baseline = (SELECT min(assessed_on) FROM star_readings WHERE individual_id = OLD.individual_id),
        follow_up_done = EXISTS (SELECT 1 FROM star_readings s, (SELECT min(assessed_on) AS b FROM star_readings WHERE individual_id = OLD.individual_id) m
            WHERE s.individual_id = OLD.individual_id AND s.assessed_on BETWEEN date(m.b, '+273 days') AND date(m.b, '+456 days'))
    WHERE individual_id = OLD.individual_id;
END;

-- NDT assessments: latest assessment.
CREATE TRIGGER caseload_facts_ndt_insert AFTER INSERT ON ndt_assessments BEGIN
    UPDATE caseload_facts SET last_assessed_on = max(last_assessed_on, NEW.assessed_on) WHERE individual_id = NEW.individual_id;
END;
CREATE TRIGGER caseload_facts_ndt_change AFTER UPDATE OF individual_id, assessed_on ON ndt_assessments BEGIN
    UPDATE caseload_facts SET
        last_assessed_on = max(coalesce((SELECT max(assessed_on) FROM star_readings WHERE individual_id = caseload_facts.individual_id), ''),
            coalesce((SELECT max(assessed_on) FROM ndt_assessments WHERE individual_id = caseload_facts.individual_id), ''))
    WHERE individual_id IN (OLD.individual_id, NEW.individual_id);
END;
CREATE TRIGGER caseload_facts_ndt_delete AFTER DELETE ON ndt_assessments BEGIN
    UPDATE caseload_facts SET
        last_assessed_on = max(coalesce((SELECT max(assessed_on) FROM star_readings WHERE individual_id = OLD.individual_id), ''),
            coalesce((SELECT max(assessed_on) FROM ndt_assessments WHERE individual_id = OLD.individual_id), ''))
    WHERE individual_id = OLD.individual_id;
END;

-- Consents: whether the coordination team has one on record.
CREATE TRIGGER caseload_facts_consent_insert AFTER INSERT ON consents WHEN NEW.recipient_kind = 'coordination-team' BEGIN
    UPDATE caseload_facts SET has_coordination_consent = 1 WHERE individual_id = NEW.individual_id;
END;
CREATE TRIGGER caseload_facts_consent_change AFTER UPDATE OF individual_id, recipient_kind ON consents BEGIN
    UPDATE caseload_facts SET has_coordination_consent = EXISTS (SELECT 1 FROM consents k
            WHERE k.individual_id = caseload_facts.individual_id AND k.recipient_kind = 'coordination-team')
    WHERE individual_id IN (OLD.individual_id, NEW.individual_id);
END;
CREATE TRIGGER caseload_facts_consent_delete AFTER DELETE ON consents BEGIN
    UPDATE caseload_facts SET has_coordination_consent = EXISTS (SELECT 1 FROM consents k
            WHERE k.individual_id = OLD.individual_id AND k.recipient_kind = 'coordination-team')
    WHERE individual_id = OLD.individual_id;
END;

-- Everyone already stored: their facts computed here, the counts following through the triggers above.
INSERT INTO caseload_facts (individual_id, status) SELECT id, status FROM individuals;
UPDATE caseload_facts SET
    active_links = (SELECT count(*) FROM trust_links l WHERE l.individual_id = caseload_facts.individual_id AND l.status = 'active'),
    interim_links = (SELECT count(*) FROM trust_links l WHERE l.individual_id = caseload_facts.individual_id AND l.status = 'active' AND l.role = 'interim'),
    last_assessed_on = max(coalesce((SELECT max(assessed_on) FROM star_readings WHERE individual_id = caseload_facts.individual_id), ''),
        coalesce((SELECT max(assessed_on) FROM ndt_assessments WHERE individual_id = caseload_facts.individual_id), '')),
    star_baseline = (SELECT min(assessed_on) FROM star_readings WHERE individual_id = caseload_facts.individual_id),
    follow_up_done = EXISTS (SELECT 1 FROM star_readings s,
            (SELECT min(assessed_on) AS b FROM star_readings WHERE individual_id = caseload_facts.individual_id) m
        WHERE s.individual_id = caseload_facts.individual_id AND s.assessed_on BETWEEN date(m.b, '+273 days') AND date(m.b, '+456 days')),
    has_coordination_consent = EXISTS (SELECT 1 FROM consents k
        WHERE k.individual_id = caseload_facts.individual_id AND k.recipient_kind = 'coordination-team');

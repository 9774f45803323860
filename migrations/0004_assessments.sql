-- The NDT Assessment, the Homelessness Outcomes Star, accommodation and unplanned service use.
-- A correction adds a version (same assessment_id, next version) with who made it and why;
-- the latest version is the assessment, earlier ones stay.

CREATE TABLE ndt_assessments (
    id INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL,
    version INTEGER NOT NULL,
    individual_id INTEGER NOT NULL REFERENCES individuals (id),
    assessed_on TEXT NOT NULL,
    engagement INTEGER NOT NULL CHECK (engagement BETWEEN 0 AND 4),
    intentional_self_harm INTEGER NOT NULL CHECK (intentional_self_harm BETWEEN 0 AND 4),
    unintentional_self_harm INTEGER NOT NULL CHECK (unintentional_self_harm BETWEEN 0 AND 4),
    risk_to_others INTEGER NOT NULL CHECK (risk_to_others BETWEEN 0 AND 4),
    risk_from_others INTEGER NOT NULL CHECK (risk_from_others BETWEEN 0 AND 4),
    stress INTEGER NOT NULL CHECK (stress BETWEEN 0 AND 4),
    social_effectiveness INTEGER NOT NULL CHECK (social_effectiveness BETWEEN 0 AND 4),
    alcohol_drugs INTEGER NOT NULL CHECK (alcohol_drugs BETWEEN 0 AND 4),
    impulse_control INTEGER NOT NULL CHECK (impulse_control BETWEEN 0 AND 4),
    housing INTEGER NOT NULL CHECK (housing BETWEEN 0 AND 4),
    period_note TEXT NOT NULL DEFAULT '',
    change_reason TEXT NOT NULL DEFAULT '',
    recorded_by INTEGER REFERENCES users (id),
    recorded_at TEXT NOT NULL,
    UNIQUE (assessment_id, version)
);
CREATE INDEX ndt_assessments_individual ON ndt_assessments (individual_id, assessed_on);
CREATE INDEX ndt_assessments_versions ON ndt_assessments (assessment_id, version);

CREATE TABLE star_readings (
    id INTEGER PRIMARY KEY,
    reading_id INTEGER NOT NULL,
    version INTEGER NOT NULL,
    individual_id INTEGER NOT NULL REFERENCES individuals (id),
    assessed_on TEXT NOT NULL,
    star_version TEXT NOT NULL,
    motivation INTEGER NOT NULL CHECK (motivation BETWEEN 1 AND 10),
    self_care INTEGER NOT NULL CHECK (self_care BETWEEN 1 AND 10),
    money INTEGER NOT NULL CHECK (money BETWEEN 1 AND 10),
    social_networks INTEGER NOT NULL CHECK (social_networks BETWEEN 1 AND 10),
    drugs_alcohol INTEGER NOT NULL CHECK (drugs_alcohol BETWEEN 1 AND 10),
    physical_health INTEGER NOT NULL CHECK (physical_health BETWEEN 1 AND 10),
    mental_health INTEGER NOT NULL CHECK (mental_health BETWEEN 1 AND 10),
    meaningful_use_of_time INTEGER NOT NULL CHECK (meaningful_use_of_time BETWEEN 1 AND 10),
    tenancy INTEGER NOT NULL CHECK (tenancy BETWEEN 1 AND 10),
    offending INTEGER NOT NULL CHECK (offending BETWEEN 1 AND 10),
    took_part TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    change_reason TEXT NOT NULL DEFAULT '',
    recorded_by INTEGER REFERENCES users (id),
    recorded_at TEXT NOT NULL,
    UNIQUE (reading_id, version)
);
CREATE INDEX star_readings_individual ON star_readings (individual_id, assessed_on);
CREATE INDEX star_readings_versions ON star_readings (reading_id, version);

CREATE TABLE accommodation_quarters (
    individual_id INTEGER NOT NULL REFERENCES individuals (id),
    support_quarter INTEGER NOT NULL CHECK (support_quarter >= 1),
    rough_sleeping INTEGER NOT NULL CHECK (rough_sleeping BETWEEN 0 AND 92),
    night_shelter INTEGER NOT NULL CHECK (night_shelter BETWEEN 0 AND 92),
    bed_and_breakfast_or_hostel INTEGER NOT NULL CHECK (bed_and_breakfast_or_hostel BETWEEN 0 AND 92),
    supported_accommodation INTEGER NOT NULL CHECK (supported_accommodation BETWEEN 0 AND 92),
    living_with_family_or_friends INTEGER NOT NULL CHECK (living_with_family_or_friends BETWEEN 0 AND 92),
    own_tenancy INTEGER NOT NULL CHECK (own_tenancy BETWEEN 0 AND 92),
    prison INTEGER NOT NULL CHECK (prison BETWEEN 0 AND 92),
    hospital INTEGER NOT NULL CHECK (hospital BETWEEN 0 AND 92),
    recorded_by INTEGER REFERENCES users (id),
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (individual_id, support_quarter)
) WITHOUT ROWID;

CREATE TABLE service_use_quarters (
    individual_id INTEGER NOT NULL REFERENCES individuals (id),
    support_quarter INTEGER NOT NULL CHECK (support_quarter >= 0),
    prison_nights INTEGER NOT NULL CHECK (prison_nights >= 0),
    mental_health_admissions INTEGER NOT NULL CHECK (mental_health_admissions >= 0),
    arrests INTEGER NOT NULL CHECK (arrests >= 0),
    ae_attendances INTEGER NOT NULL CHECK (ae_attendances >= 0),
    section_136 INTEGER NOT NULL CHECK (section_136 >= 0),
    evictions INTEGER NOT NULL CHECK (evictions >= 0),
    recorded_by INTEGER REFERENCES users (id),
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (individual_id, support_quarter)
) WITHOUT ROWID;

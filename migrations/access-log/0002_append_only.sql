-- The access log is append-only: an entry, once written, can be neither changed nor removed,
-- whatever the code above it does (PRODUCT.md: every view or export is logged; the person
-- sees their own log, so it must be one they can trust).

CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
BEGIN
    SELECT RAISE(ABORT, 'the access log is append-only: entries cannot be changed');
END;

CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
BEGIN
    SELECT RAISE(ABORT, 'the access log is append-only: entries cannot be deleted');
END;

-- An audit entry's detail (e.g. a scenario's whole policy and weights) may pass 2,000 characters.
alter table audit_event alter column detail set data type text;

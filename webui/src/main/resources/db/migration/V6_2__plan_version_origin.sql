-- How each plan version came about (a solve, a warm start, a planner's hand edits, a restore, a sweep), who made it,
-- the version it started from or was measured against, and whether it was set aside because it scored worse than
-- the plan it would have replaced (a set-aside version is kept, but is not the scenario's current plan).
alter table plan_version add column origin varchar(20);
alter table plan_version add column created_by varchar(100);
alter table plan_version add column based_on_version integer;
alter table plan_version add column set_aside boolean default false not null;

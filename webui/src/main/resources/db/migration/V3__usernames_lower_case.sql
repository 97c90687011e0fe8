-- User names are compared trimmed and in lower case from now on: store them so, unless two would then collide
-- (those stay as they are and can no longer log in until an administrator renames one).
update app_user set username = lower(trim(username))
where username <> lower(trim(username))
  and lower(trim(username)) not in (select u.username from app_user u);

create table reports (
  id uuid primary key,
  user_id text not null,
  title text
);

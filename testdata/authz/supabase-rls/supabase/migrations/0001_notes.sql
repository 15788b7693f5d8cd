create table notes (
  id uuid primary key default gen_random_uuid(),
  user_id text not null default (auth.jwt()->>'sub'),
  body text
);

create table invoices (
  id uuid primary key default gen_random_uuid(),
  user_id text not null,
  amount int
);

alter table notes enable row level security;

create policy "owners manage their notes" on notes
  for all to authenticated
  using ((select auth.jwt()->>'sub') = user_id);

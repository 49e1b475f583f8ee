-- Row-level security read the caller's context once per row: PostgreSQL calls a stable function in a policy
-- (app_setting, app_uuid) for every row it filters, and a policy on a table of thousands of rows spent most of
-- a list's time parsing the same setting into a uuid again and again. Wrapped in a scalar subquery, the call is
-- an InitPlan, evaluated once per statement; what each policy allows does not change. Every policy is
-- rewritten here, and src/server/db/policies.test.ts keeps later migrations to the same form.
do $$
declare
  p record;
  once constant text := '(?<!SELECT )(app_(setting|uuid)\(''[a-z_]+''::text\))';
begin
  for p in select schemaname, tablename, policyname, qual, with_check from pg_policies where schemaname = 'public'
  loop
    if p.qual ~ once then
      execute format('alter policy %I on %I.%I using (%s)', p.policyname, p.schemaname, p.tablename,
                     regexp_replace(p.qual, once, '(select \1)', 'g'));
    end if;
    if p.with_check ~ once then
      execute format('alter policy %I on %I.%I with check (%s)', p.policyname, p.schemaname, p.tablename,
                     regexp_replace(p.with_check, once, '(select \1)', 'g'));
    end if;
  end loop;
end $$;

create or replace function deny_partner(t regclass) returns void language plpgsql as $$
begin
  execute format('create policy %I on %s as restrictive to rodtrad_app
                    using ((select app_setting(''role'')) is distinct from ''partner'')', t::text || '_not_partner', t);
end $$;

-- Forgiving name search across transliterations: 'Mohamed', 'Muhammad' and 'Mohammed' share the key 'mhmd'.
-- The key is the name's consonant skeleton: lower case, common accents folded, vowels after a word's first
-- letter dropped, doubled letters made single. Trigram similarity on the key then forgives what is left.
create function name_key(t text) returns text language sql immutable parallel safe as $$
  select regexp_replace(
           regexp_replace(translate(lower(t), 'åäöéèëêüúùûáàâãíìïîóòôõçñ', 'aaoeeeeuuuuaaaaiiiiooooocn'),
                          '([a-z])[aeiouy]+', '\1', 'g'),
           '([a-z])\1+', '\1', 'g')
$$;

alter table participants
  add column name_key text generated always as (name_key(first_name || ' ' || last_name)) stored;
create index participants_name_key_trgm on participants using gin (name_key gin_trgm_ops);

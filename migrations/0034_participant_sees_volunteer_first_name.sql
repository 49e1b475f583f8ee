-- Her context (the participant app) read the whole row of her language friend's volunteer record through
-- volunteers_self (0022): e-mail, phone, screening dates and all, although the app shows her only the first name,
-- languages and interests. Row-level security narrows rows, not columns; this view narrows both: those three
-- columns, of the volunteer of her open match only, and her context no longer reads the table itself. (The view
-- reads as its owner, so its own condition is the whole of the access rule.)
drop policy volunteers_self on volunteers;

create view language_friend_volunteer_shared with (security_barrier) as
  select v.id, v.first_name, v.languages, v.interests
    from volunteers v
   where (select app_setting('role')) = 'participant'
     and exists (select 1 from language_friend_matches m
                  where m.volunteer_id = v.id and m.participant_id = (select app_uuid('participant_id'))
                    and m.status <> 'ended');

grant select on language_friend_volunteer_shared to rodtrad_app;

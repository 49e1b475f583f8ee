-- The adult-education school (role partner) reads nothing of the language-friend tables (0019): they came
-- after 0018 denied the partner every other tenant table, so they are denied here the same way.
select deny_partner('unit_areas');
select deny_partner('volunteers');
select deny_partner('volunteer_references');
select deny_partner('volunteer_status_history');
select deny_partner('participant_language_friend_interest');

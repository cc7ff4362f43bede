-- Event.objects.annotate(took=F("ends") - F("starts")).values_list("id", "took")
SELECT `ev_event`.`id`, TIMESTAMPDIFF(MICROSECOND, `ev_event`.`starts`, `ev_event`.`ends`) AS `took` FROM `ev_event`
-- params: []

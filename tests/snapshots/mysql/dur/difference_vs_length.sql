-- Event.objects.filter(length=F("ends") - F("starts")).values_list("id", flat=True)
SELECT `ev_event`.`id` FROM `ev_event` WHERE `ev_event`.`length` = TIMESTAMPDIFF(MICROSECOND, `ev_event`.`starts`, `ev_event`.`ends`)
-- params: []

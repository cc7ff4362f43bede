-- Event.objects.filter(length=timedelta(days=1, microseconds=1)).values_list("id", flat=True)
SELECT `ev_event`.`id` FROM `ev_event` WHERE `ev_event`.`length` = ?
-- params: [86400000001]

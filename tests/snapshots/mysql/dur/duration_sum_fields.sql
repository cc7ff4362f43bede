-- Event.objects.annotate(twice=F("length") + F("length")).filter(twice__gt=timedelta(hours=4)).values_list("id", flat=True)
SELECT `ev_event`.`id` FROM `ev_event` WHERE (`ev_event`.`length` + `ev_event`.`length`) > ?
-- params: [14400000000]

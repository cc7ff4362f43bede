-- Event.objects.filter(venue__info__seats__gte=100).values_list("id", flat=True)
SELECT `ev_event`.`id` FROM `ev_event` INNER JOIN `ev_venue` ON (`ev_event`.`venue_id` = `ev_venue`.`id`) WHERE JSON_UNQUOTE(JSON_EXTRACT(`ev_venue`.`info`, ?)) >= ?
-- params: ["$.\"seats\"", 100]

INSERT INTO "shop_country" ("code", "name") VALUES ('FRA', 'France'), ('CÔT', 'Côte d''Ivoire');
INSERT INTO "shop_city" ("id", "name", "country_id", "visited_id") VALUES (1, 'Paris', 'FRA', NULL), (2, 'Abidjan', 'CÔT', 'FRA');

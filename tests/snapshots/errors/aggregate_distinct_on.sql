query: Product.objects.order_by("name").distinct("name").aggregate(Sum("price"))

[sqlite]
error[unsupported]: sqlite does not support distinct(*fields) (DISTINCT ON)
 --> line 1, column 34
  | Product.objects.order_by("name").distinct("name").aggregate(Sum("price"))
  |                                  ^^^^^^^^

[postgresql]
error[bad_argument]: aggregate() after distinct(*fields) is not implemented
 --> line 1, column 51
  | Product.objects.order_by("name").distinct("name").aggregate(Sum("price"))
  |                                                   ^^^^^^^^^

[mysql]
error[unsupported]: mysql does not support distinct(*fields) (DISTINCT ON)
 --> line 1, column 34
  | Product.objects.order_by("name").distinct("name").aggregate(Sum("price"))
  |                                  ^^^^^^^^

[oracle]
error[unsupported]: oracle does not support distinct(*fields) (DISTINCT ON)
 --> line 1, column 34
  | Product.objects.order_by("name").distinct("name").aggregate(Sum("price"))
  |                                  ^^^^^^^^

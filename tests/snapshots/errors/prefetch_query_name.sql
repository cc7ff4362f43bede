query: Customer.objects.prefetch_related("order")

[sqlite]
error[unknown_field]: Cannot find 'order' on Customer object, 'order' is an invalid parameter to prefetch_related(); its relations: profile, orders, reviews
 --> line 1, column 35
  | Customer.objects.prefetch_related("order")
  |                                   ^^^^^^^

[postgresql]
error[unknown_field]: Cannot find 'order' on Customer object, 'order' is an invalid parameter to prefetch_related(); its relations: profile, orders, reviews
 --> line 1, column 35
  | Customer.objects.prefetch_related("order")
  |                                   ^^^^^^^

[mysql]
error[unknown_field]: Cannot find 'order' on Customer object, 'order' is an invalid parameter to prefetch_related(); its relations: profile, orders, reviews
 --> line 1, column 35
  | Customer.objects.prefetch_related("order")
  |                                   ^^^^^^^

[oracle]
error[unknown_field]: Cannot find 'order' on Customer object, 'order' is an invalid parameter to prefetch_related(); its relations: profile, orders, reviews
 --> line 1, column 35
  | Customer.objects.prefetch_related("order")
  |                                   ^^^^^^^

query: Customer.objects.filter(pk=1).orders.all()

[sqlite]
error[bad_argument]: 'orders' is read on a model instance: the queryset before it must end with get(), first(), last(), earliest(), latest() or an index [i]
 --> line 1, column 31
  | Customer.objects.filter(pk=1).orders.all()
  |                               ^^^^^^

[postgresql]
error[bad_argument]: 'orders' is read on a model instance: the queryset before it must end with get(), first(), last(), earliest(), latest() or an index [i]
 --> line 1, column 31
  | Customer.objects.filter(pk=1).orders.all()
  |                               ^^^^^^

[mysql]
error[bad_argument]: 'orders' is read on a model instance: the queryset before it must end with get(), first(), last(), earliest(), latest() or an index [i]
 --> line 1, column 31
  | Customer.objects.filter(pk=1).orders.all()
  |                               ^^^^^^

[oracle]
error[bad_argument]: 'orders' is read on a model instance: the queryset before it must end with get(), first(), last(), earliest(), latest() or an index [i]
 --> line 1, column 31
  | Customer.objects.filter(pk=1).orders.all()
  |                               ^^^^^^

query: Customer.objects.filter(name__length__gt=8).values_list("id", flat=True)

[sqlite]
error[unknown_lookup]: unknown lookup or transform 'length' on name
 --> line 1, column 25
  | Customer.objects.filter(name__length__gt=8).values_list("id", flat=True)
  |                         ^^^^^^^^^^^^^^^^

[postgresql]
error[unknown_lookup]: unknown lookup or transform 'length' on name
 --> line 1, column 25
  | Customer.objects.filter(name__length__gt=8).values_list("id", flat=True)
  |                         ^^^^^^^^^^^^^^^^

[mysql]
error[unknown_lookup]: unknown lookup or transform 'length' on name
 --> line 1, column 25
  | Customer.objects.filter(name__length__gt=8).values_list("id", flat=True)
  |                         ^^^^^^^^^^^^^^^^

[oracle]
error[unknown_lookup]: unknown lookup or transform 'length' on name
 --> line 1, column 25
  | Customer.objects.filter(name__length__gt=8).values_list("id", flat=True)
  |                         ^^^^^^^^^^^^^^^^

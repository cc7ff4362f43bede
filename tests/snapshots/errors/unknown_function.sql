query: Product.objects.annotate(n=Cout("id"))

[sqlite]
error[unknown_function]: unknown function 'Cout'; did you mean 'Count'?
 --> line 1, column 28
  | Product.objects.annotate(n=Cout("id"))
  |                            ^^^^^^^^^^

[postgresql]
error[unknown_function]: unknown function 'Cout'; did you mean 'Count'?
 --> line 1, column 28
  | Product.objects.annotate(n=Cout("id"))
  |                            ^^^^^^^^^^

[mysql]
error[unknown_function]: unknown function 'Cout'; did you mean 'Count'?
 --> line 1, column 28
  | Product.objects.annotate(n=Cout("id"))
  |                            ^^^^^^^^^^

[oracle]
error[unknown_function]: unknown function 'Cout'; did you mean 'Count'?
 --> line 1, column 28
  | Product.objects.annotate(n=Cout("id"))
  |                            ^^^^^^^^^^

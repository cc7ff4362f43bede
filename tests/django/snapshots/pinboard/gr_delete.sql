query: Pin.objects.filter(title="Pie").delete()

[sqlite]
error[unsupported]: delete() of FeaturedPin rows: Django also deletes the Label rows of the GenericRelation FeaturedPin.labels, a cascade through the content type that is not compiled

[postgresql]
error[unsupported]: delete() of FeaturedPin rows: Django also deletes the Label rows of the GenericRelation FeaturedPin.labels, a cascade through the content type that is not compiled

[mysql]
error[unsupported]: delete() of FeaturedPin rows: Django also deletes the Label rows of the GenericRelation FeaturedPin.labels, a cascade through the content type that is not compiled

[oracle]
error[unsupported]: delete() of FeaturedPin rows: Django also deletes the Label rows of the GenericRelation FeaturedPin.labels, a cascade through the content type that is not compiled

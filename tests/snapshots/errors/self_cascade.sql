query: Category.objects.filter(id=1).delete()

[sqlite]
error[unsupported]: delete() of Category cascades through the self-referential Category.parent: a tree of unknown depth needs one query per level

[postgresql]
error[unsupported]: delete() of Category cascades through the self-referential Category.parent: a tree of unknown depth needs one query per level

[mysql]
error[unsupported]: delete() of Category cascades through the self-referential Category.parent: a tree of unknown depth needs one query per level

[oracle]
error[unsupported]: delete() of Category cascades through the self-referential Category.parent: a tree of unknown depth needs one query per level

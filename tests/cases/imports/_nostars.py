# Helper without __all__: star-import takes the names without a leading underscore.
visible = 1
_hidden = 2

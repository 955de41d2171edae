# Carets under an attribute access and a subscript inside a longer expression.
class Config:
    def __init__(self):
        self.settings = {'depth': {'max': 3}}

cfg = Config()
print(cfg.settings['depth']['max'])
limit = cfg.settings['depth']['min'] + 1

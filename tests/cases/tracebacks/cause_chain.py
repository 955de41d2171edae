# raise ... from ...: 'The above exception was the direct cause of the following exception'.
class ConfigError(Exception):
    pass

def read_port(cfg):
    try:
        return cfg['port']
    except KeyError as e:
        raise ConfigError('port missing') from e

read_port({})

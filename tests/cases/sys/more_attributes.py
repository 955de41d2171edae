import sys
print(sys.maxunicode, sys.float_repr_style, sys.api_version, type(sys.dont_write_bytecode))
print(sys.warnoptions, type(sys.meta_path), type(sys.path_hooks), type(sys.path_importer_cache))
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(sys.gettrace(), sys.getprofile())
print(type(sys.orig_argv), sys.orig_argv[-1].endswith('more_attributes.py'))
print(chr(sys.maxunicode) == '\U0010ffff')
try:
    sys.getdefaultencoding(1)
except TypeError as e:
    print(e)

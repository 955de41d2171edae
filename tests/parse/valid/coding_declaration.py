# -*- coding: utf-8 -*-
# The encoding declaration above is the UTF-8 default.
text = 'déjà vu'

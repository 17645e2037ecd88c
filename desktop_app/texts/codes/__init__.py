"""Words for the codes each core package raises or reports: one module per package of core/.

``codes/<package>.py`` holds the words of ``desktop_app/core/<package>`` (``conversion`` and
``custom_checks`` those of the sub-packages of mapping and validation). A new code goes into
the module of the package that raises it, and into ``CATALOGUES`` of
``texts/catalogues.py`` if it is a new table. The package imports none of its modules: a
command imports the words it uses (render loads them all on its first sentence).
"""

"""Every model the pipeline runs lives here, behind one Protocol per capability.

``registry.load(capability, cfg, threads=...)`` is the only way a stage gets a model: it owns
the defaults, ``packaged:`` and local-folder resolution, the thread policy, and the identity
(``backend`` + ``model``) that every record carries. Each implementation is its own module,
imported only when a config names it, so a job never imports a framework it does not use.
"""

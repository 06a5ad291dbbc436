"""pinscan's built-in rules. Importing this package registers them: every module in it is a rule module
(one rule, or a small family of rules that read the same facts), imported in name order so that adding
a rule never touches the engine."""

import importlib
import pkgutil

for _module in sorted(m.name for m in pkgutil.iter_modules(__path__)):
    importlib.import_module(f"{__name__}.{_module}")

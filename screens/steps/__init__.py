"""One screen per step of the method; `screens.steps.registry` ties each to its rules and page."""

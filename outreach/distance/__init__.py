"""Distance travelled: the self-scored matrix and yes/no statements taken with a first
stepper over time (seed 002, "Measuring success"). The instrument itself is data
(outreach.models.InstrumentVersion); this package records readings, reads a person's
journey, draws it, and works out the funders' figures."""

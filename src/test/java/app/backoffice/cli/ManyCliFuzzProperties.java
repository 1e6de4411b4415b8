package app.backoffice.cli;

import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Tag;

/** {@link CliFuzzProperties} with 10,000 cases: run with {@code -Pfaults}. */
@Tag("long")
@PropertyDefaults(tries = 10_000)
class ManyCliFuzzProperties extends CliFuzzProperties {}

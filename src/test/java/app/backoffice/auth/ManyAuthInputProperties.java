package app.backoffice.auth;

import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Tag;

/** {@link AuthInputProperties} with twenty times the tries: run with {@code -Pfaults}. */
@Tag("long")
@PropertyDefaults(tries = 2000)
class ManyAuthInputProperties extends AuthInputProperties {}

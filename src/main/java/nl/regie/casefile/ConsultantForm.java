package nl.regie.casefile;

import java.time.LocalDate;
import java.util.UUID;

/** An outer-ring specialist asked in on a case, from a day until a day. */
record ConsultantForm(UUID memberId, LocalDate from, LocalDate until, String question) {
}

package nl.regie.organisation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * An id that does not belong to the administrator's municipality. Answered as "not
 * found", never as "forbidden", so ids of other municipalities cannot be probed.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NotInMunicipality extends RuntimeException {

	NotInMunicipality() {
		super("not part of the administrator's municipality");
	}

}

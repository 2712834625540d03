package nl.regie.platform.access;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Until an audit log implements {@link PersonalDataReads}, each read is published as an
 * in-process event that nothing stores (tests observe it). It is never written to the
 * log: a log line naming a household is itself personal data. The audit log replaces this
 * class.
 */
@Component
class PublishedPersonalDataReads implements PersonalDataReads {

	private final ApplicationEventPublisher events;

	PublishedPersonalDataReads(ApplicationEventPublisher events) {
		this.events = events;
	}

	@Override
	public void record(PersonalDataRead read) {
		events.publishEvent(read);
	}

}

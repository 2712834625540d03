/**
 * Task cards (DESIGN §5, issues 10 and 15): a volunteer who carries a task for a
 * household gets a card with only what the task needs — the household's contact's first
 * name, what, where, when, the responsible professional and how to raise a concern or
 * stop — never the case file. A card rests on a consent of the household for task cards
 * ({@link nl.regie.consent.ConsentRegister}); it is time-limited (never beyond the
 * consent), revocable, and ends when the consent is withdrawn
 * ({@link nl.regie.consent.ConsentWithdrawn}). Making one records the act of sharing. A
 * volunteer sees their own valid cards and nothing else; the case's workers make and
 * revoke them (the case's own rule, {@link nl.regie.casefile.CaseRegistrationAccess}). A
 * card can start from an open action of the plan carried by a volunteer or a network
 * person ({@link nl.regie.plan.PlanActions}) and stays linked to it.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "consent", "casefile", "plan", "household", "identity", "platform" })
package nl.regie.taskcard;

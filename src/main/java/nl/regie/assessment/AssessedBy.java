package nl.regie.assessment;

/** Who scored the matrix: the case manager, the member themself, or the two together. */
public enum AssessedBy {

	CASE_MANAGER, SELF, TOGETHER

}
